package org.linli.resident;

/**
 * A resident's personal data in clear, returned only by an audited reveal.
 */
public record RevealedResident(long id, String name, String phone, String idNumber) {

}
