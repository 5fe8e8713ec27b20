package org.linli.catalogue;

import java.util.List;

import org.linli.calendar.TimeLimit;

/**
 * One category a concern can be classified under. National codes are 5 digits (2-digit
 * major class + 3-digit minor class) and repeat across components and matters, so a
 * category is identified by kind and code. Social codes are {@code <domain>} or
 * {@code <domain>.<id>}; {@code parentCode} names the domain and is null for national
 * categories and domains. The defaults (tier, department code, time limit) are what
 * triage starts from; a dispatcher may choose otherwise for a single concern.
 * {@code defaultDepartmentCode} is null where the dispatcher must choose.
 */
public record Category(CategoryKind kind, String code, String name, String majorClass, String parentCode,
		Tier defaultTier, String defaultDepartmentCode, TimeLimit timeLimit, List<String> keywords) {

	public Category {
		keywords = List.copyOf(keywords);
	}

}
