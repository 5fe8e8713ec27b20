package org.linli.deliberation.internal;

/** 院坝会 (a courtyard meeting), 楼栋会 (a building meeting), 议事会 (the council). */
public enum MeetingKind {

	COURTYARD, BUILDING, COUNCIL

}
