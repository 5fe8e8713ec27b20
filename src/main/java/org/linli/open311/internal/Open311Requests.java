package org.linli.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linli.cases.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests posted through the API: their token, service and attributes. */
@Repository
class Open311Requests {

	private final JdbcClient jdbc;

	Open311Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the request unless the concern was already recorded (a retried post). */
	String save(CaseId caseId, String caseNumber, String token, String serviceCode, UUID apiKeyId,
			String attributesJson, String mediaUrl, Instant at) {
		this.jdbc
			.sql("""
					insert into open311.request (case_id, case_number, token, service_code, api_key_id, attributes, media_url,
					       created_at)
					values (:caseId, :number, :token, :service, :key, cast(:attributes as jsonb), :media, :at)
					on conflict (case_id) do nothing""")
			.param("caseId", caseId.value())
			.param("number", caseNumber)
			.param("token", token)
			.param("service", serviceCode)
			.param("key", apiKeyId)
			.param("attributes", attributesJson)
			.param("media", mediaUrl)
			.param("at", Timestamp.from(at))
			.update();
		return this.jdbc.sql("select token from open311.request where case_id = :caseId")
			.param("caseId", caseId.value())
			.query(String.class)
			.single();
	}

	Optional<String> numberOfToken(String token) {
		return this.jdbc.sql("select case_number from open311.request where token = :token")
			.param("token", token)
			.query(String.class)
			.optional();
	}

	/** The service each of these concerns was posted under, for those posted here. */
	Map<CaseId, Submitted> submitted(Collection<CaseId> ids) {
		Map<CaseId, Submitted> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select case_id, service_code, token, media_url from open311.request
				 where case_id = any(cast(:ids as uuid[]))""")
			.param("ids", ids.stream().map(CaseId::toString).toArray(String[]::new))
			.query((rs, row) -> found.put(new CaseId(rs.getObject(1, UUID.class)),
					new Submitted(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
		return found;
	}

	/** The concerns posted under one of these services in {@code [from, to)}. */
	List<CaseId> postedUnder(Collection<String> serviceCodes, Instant from, Instant to) {
		return this.jdbc.sql("""
				select case_id from open311.request
				 where service_code = any(:codes) and created_at >= :from and created_at < :to""")
			.param("codes", serviceCodes.toArray(String[]::new))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new CaseId(rs.getObject(1, UUID.class)))
			.list();
	}

	record Submitted(String serviceCode, String token, String mediaUrl) {

	}

}
