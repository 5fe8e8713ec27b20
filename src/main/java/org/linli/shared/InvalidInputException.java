package org.linli.shared;

import java.util.List;

/**
 * Input that breaks a rule: the whole request is refused and nothing is changed. Carries
 * every problem found, not only the first.
 */
public class InvalidInputException extends LocalizedException {

	private final transient List<FieldProblem> problems;

	public InvalidInputException(String messageKey, List<FieldProblem> problems, Object... args) {
		super(messageKey, args);
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey, Object... args) {
		this("error.invalid-input", List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
