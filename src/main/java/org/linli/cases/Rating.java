package org.linli.cases;

public enum Rating {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
