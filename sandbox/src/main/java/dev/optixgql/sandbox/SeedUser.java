package dev.optixgql.sandbox;

/** One seeded member of the organization; {@code accountId} names their billing account. */
record SeedUser(
    String id,
    int memberId,
    String accountId,
    String name,
    String surname,
    String email,
    String phone,
    String company,
    String title,
    String bio,
    boolean admin,
    int userSince) {

  String fullname() {
    return name + " " + surname;
  }
}
