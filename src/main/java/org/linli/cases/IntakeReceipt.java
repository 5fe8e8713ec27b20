package org.linli.cases;

import java.util.List;

/**
 * A concern taken in: {@code created} is false when a retry found it already there;
 * {@code possibleDuplicates} are the numbers of open concerns nearby of the same class.
 */
public record IntakeReceipt(CaseId id, String number, CaseStatus status, String gridCode,
		List<String> possibleDuplicates, boolean created) {

	public IntakeReceipt {
		possibleDuplicates = List.copyOf(possibleDuplicates);
	}

}
