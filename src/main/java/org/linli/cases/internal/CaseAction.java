package org.linli.cases.internal;

import java.util.Arrays;
import java.util.Optional;

/** What someone may do to a concern, named as in the API's {@code /{action}} paths. */
public enum CaseAction {

	ACCEPT("accept"), REJECT("reject"), MERGE("merge"), DISPATCH("dispatch"), RULE_RETURN("rule-return"), SIGN("sign"),
	RETURN("return"), REQUEST_EXTENSION("request-extension"), DECIDE_EXTENSION("decide-extension"), SUSPEND("suspend"),
	DECIDE_SUSPENSION("decide-suspension"), RESUME("resume"), HANDLE("handle"), VERIFY("verify"),
	ASSIGN_COMMUNITY("assign-community"), GUIDE("guide"), ESCALATE("escalate"), REPORT_IN("report-in"), CLAIM("claim"),
	EVALUATE("evaluate"), REOPEN("reopen");

	private final String path;

	CaseAction(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<CaseAction> ofPath(String path) {
		return Arrays.stream(values()).filter((action) -> action.path.equals(path)).findFirst();
	}

}
