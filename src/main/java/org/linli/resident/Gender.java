package org.linli.resident;

public enum Gender {

	MALE, FEMALE

}
