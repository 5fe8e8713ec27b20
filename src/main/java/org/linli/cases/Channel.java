package org.linli.cases;

/**
 * How a concern came in. Whoever signs in and takes a concern in without being a resident
 * (staff at a window or on the phone, a grid worker on patrol) is its first-contact
 * owner.
 */
public enum Channel {

	WEB, PATROL, HOTLINE, WALK_IN, PHONE, DEPUTY, OPEN311, SENSOR

}
