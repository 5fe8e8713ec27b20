package org.linli.resident;

import java.util.List;

public record HouseholdDetails(HouseholdView household, List<ResidentView> residents) {

	public HouseholdDetails {
		residents = List.copyOf(residents);
	}

}
