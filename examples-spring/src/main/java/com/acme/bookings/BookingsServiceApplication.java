package com.acme.bookings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service answering "upcoming bookings of an organization" from Optix, over REST. */
@SpringBootApplication
public class BookingsServiceApplication {
  public static void main(String[] args) {
    SpringApplication.run(BookingsServiceApplication.class, args);
  }
}
