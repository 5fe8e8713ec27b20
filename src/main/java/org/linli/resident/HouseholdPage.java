package org.linli.resident;

import java.util.List;

/**
 * @param page zero-based page number
 * @param totalItems how many households match in all
 */
public record HouseholdPage(List<HouseholdView> items, int page, int size, long totalItems) {

	public HouseholdPage {
		items = List.copyOf(items);
	}

}
