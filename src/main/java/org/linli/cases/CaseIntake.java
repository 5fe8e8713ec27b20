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

	/**
	 * Adds what a resident wrote through another system (a comment in a reporting app) to
	 * the concern's timeline as a note ({@code external-note}); it changes nothing else.
	 * Once per channel and {@code externalReference} (that system's id for the note): a
	 * retry answers false and adds nothing; the same reference with another text or
	 * concern is a {@link org.linli.shared.ConflictException}.
	 * @return whether the note was added now
	 * @throws org.linli.shared.NotFoundException for an unknown concern
	 * @throws org.linli.shared.InvalidInputException for an empty or overlong text or
	 * reference
	 */
	boolean addExternalNote(CaseId id, Channel channel, String externalReference, String text);

}
