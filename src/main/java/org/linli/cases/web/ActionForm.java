package org.linli.cases.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Whatever an action's form on the case page may send; each action reads its own. */
record ActionForm(String tier, String categoryCode, String priority, String reason, String intoCaseNumber,
		String departmentCode, List<String> departmentCodes, String note, String result, Boolean passed,
		String guidance, String referral, String rating, String comment, Integer workingHours, Boolean approve,
		List<MultipartFile> photos) {

	static final ActionForm EMPTY = new ActionForm(null, null, null, null, null, null, List.of(), null, null, null,
			null, null, null, null, null, null, List.of());

}
