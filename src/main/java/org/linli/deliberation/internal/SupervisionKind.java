package org.linli.deliberation.internal;

/**
 * The supervisory committee's records: a check at any stage, the sign-off of finished
 * work, or sending it back for rework.
 */
public enum SupervisionKind {

	CHECK, SIGN_OFF, SEND_BACK

}
