package org.linli.cases;

public enum Priority {

	NORMAL, URGENT

}
