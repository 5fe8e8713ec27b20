package org.linli.deliberation;

public enum VoteOutcome {

	PASSED, FAILED

}
