package dev.optixgql.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingularTest {
  @ParameterizedTest
  @CsvSource({
    "Steps, Step",
    "Invitees, Invitee",
    "Teams, Team",
    "Conditions, Condition",
    "Categories, Category",
    "Addresses, Address",
    "Matches, Match",
    "Boxes, Box",
    "Wishes, Wish",
    "BookingTeams, BookingTeam",
    "ResourceCategories, ResourceCategory",
    "People, Person",
    "Status, Status",
    "Address, Address",
    "Analysis, Analysis",
    "Data, Data",
    "Series, Series",
    "News, News",
    "Settings, Settings",
    "Booking, Booking",
    "Ss, Ss",
    "URLS, URL",
  })
  void makesTheLastWordSingular(String plural, String singular) {
    assertEquals(singular, Singular.of(plural));
  }
}
