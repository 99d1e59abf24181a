package dev.optixgql.sandbox.seed;

/** One seeded member of the organization; {@code accountId} names their billing account. */
public record SeedUser(
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

  public String fullname() {
    return name + " " + surname;
  }
}
