/**
 * Stage 6: generated texts written through javac's Filer in queue order, from the cache when a
 * unit's key is there; codegen may run on spare cores, writing stays on javac's thread.
 */
package dev.optixgql.processor.writing;
