package org.linli.deliberation;

public enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
