package org.linli.deliberation.internal;

/**
 * In what capacity someone acts on a matter: community staff covering its scope, a
 * resident whose household lies in it, or a member of one of the scope's committees.
 */
public enum Seat {

	STAFF, RESIDENT, COUNCIL, OWNERS_COMMITTEE, SUPERVISOR

}
