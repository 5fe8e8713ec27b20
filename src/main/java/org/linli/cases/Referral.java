package org.linli.cases;

/**
 * Where a private affair's reporter was sent besides the guidance: people's mediation
 * (人民调解) or a legal adviser (法律顾问).
 */
public enum Referral {

	MEDIATION, LEGAL_ADVICE

}
