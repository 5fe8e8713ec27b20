package org.linli.deliberation;

/**
 * The bodies of the 131 model: the residents' council (议事会) decides whether, the owners'
 * committee (业委会) decides how and executes, the supervisory committee (监委会) watches how
 * well.
 */
public enum Committee {

	COUNCIL, OWNERS_COMMITTEE, SUPERVISORY_COMMITTEE

}
