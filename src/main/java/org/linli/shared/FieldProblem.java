package org.linli.shared;

/**
 * One problem with one part of the input; {@code field} names the part (a form field, a
 * JSON property, or a feature of an uploaded file).
 */
public record FieldProblem(String field, String messageKey, Object... args) {

	public FieldProblem {
		args = args.clone();
	}

}
