package org.linli.open311.internal;

import java.util.List;

/**
 * A refusal in GeoReport terms: the HTTP status the specification assigns and one
 * description per problem, already in the caller's language.
 */
public class GeoReportException extends RuntimeException {

	private final int status;

	private final List<String> descriptions;

	public GeoReportException(int status, List<String> descriptions) {
		super(String.join("; ", descriptions));
		this.status = status;
		this.descriptions = List.copyOf(descriptions);
	}

	public GeoReportException(int status, String description) {
		this(status, List.of(description));
	}

	public int status() {
		return this.status;
	}

	public List<String> descriptions() {
		return this.descriptions;
	}

}
