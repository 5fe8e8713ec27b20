package org.linli.open311.internal;

/** The query parameters of GET requests and GET servicerequestupdates, as given. */
public record RequestFilter(String jurisdictionId, String serviceRequestIds, String serviceCodes, String startDate,
		String endDate, String status, String page, String pageSize) {

}
