package org.linli.cases;

/**
 * How a concern came in. A concern taken in by staff at a window, on the phone or at a
 * deputies' office has that staff member as its first-contact owner.
 */
public enum Channel {

	WEB, PATROL, HOTLINE, WALK_IN, PHONE, DEPUTY, OPEN311, SENSOR;

	public boolean isTakenByStaff() {
		return this == WALK_IN || this == PHONE || this == DEPUTY || this == HOTLINE;
	}

}
