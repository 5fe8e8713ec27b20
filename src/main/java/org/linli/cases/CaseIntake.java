package org.linli.cases;

/**
 * Takes in concerns that other systems bring (Open311 clients, the 12345 hotline): the
 * same location, duplicate check and flow as a concern reported in Linli. The caller's
 * scope decides the first-contact owner as for any intake; a system calling with an API
 * key is anonymous.
 */
public interface CaseIntake {

	/**
	 * Takes the concern in. A retry with the same idempotency key (or, without one, the
	 * same external reference) answers the case already taken in; the same key with a
	 * different report is a {@link org.linli.shared.ConflictException}.
	 * @throws org.linli.shared.InvalidInputException naming every field that breaks a
	 * rule, or a point outside every grid
	 */
	IntakeReceipt take(ExternalReport report);

}
