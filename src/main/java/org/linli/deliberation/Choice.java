package org.linli.deliberation;

public enum Choice {

	FOR, AGAINST, ABSTAIN

}
