package org.linli.resident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.linli.resident.Gender;
import org.linli.resident.NewHousehold;
import org.linli.resident.NewResident;
import org.linli.resident.Relation;
import org.linli.resident.SpecialGroup;
import org.linli.resident.internal.PersonalData.Stored;
import org.linli.shared.ConflictException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resident schema's tables. Ordinary reads select the masked forms only; the sealed
 * values are read by {@link #sealedValues} alone, which only the audited reveal calls.
 */
@Repository
class ResidentRecords {

	private static final String HOUSEHOLD_SELECT = """
			select h.id, h.building_code, h.grid_code, h.community_code, h.room, h.floor, h.floor_area,
			       h.owner_occupied, h.account_username, head.id as head_id, head.name as head_name,
			       (select count(*) from resident.resident m where m.household_id = h.id) as member_count
			from resident.household h
			left join resident.resident head on head.household_id = h.id and head.relation = 'HEAD'
			""";

	private static final String RESIDENT_SELECT = """
			select r.id, r.household_id, h.grid_code, h.account_username, r.name, r.gender, r.birth_year, r.relation,
			       r.phone_masked, r.id_number_masked, r.party_member, r.special_groups, r.created_at, r.updated_at
			from resident.resident r
			join resident.household h on h.id = r.household_id
			""";

	private static final String INSERT_RESIDENT = """
			insert into resident.resident (household_id, name, gender, birth_year, relation,
			    phone_sealed, phone_index, phone_masked, id_number_sealed, id_number_index, id_number_masked,
			    party_member, special_groups)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final Map<String, String> CONFLICTS = Map.of("household_door_unique", "resident.error.door-taken",
			"household_account_unique", "resident.error.account-taken", "resident_id_number_unique",
			"resident.error.id-number-taken", "resident_one_head_per_household", "resident.error.head-taken");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final PersonalData personalData;

	ResidentRecords(JdbcClient jdbc, JdbcTemplate batch, PersonalData personalData) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.personalData = personalData;
	}

	/**
	 * Inserts the households and all their members with batched statements; returns the
	 * ids in order.
	 */
	List<Long> insert(List<NewHousehold> households) {
		List<Long> ids = this.jdbc
			.sql("select nextval(pg_get_serial_sequence('resident.household', 'id')) from generate_series(1, :n)")
			.param("n", households.size())
			.query(Long.class)
			.list();
		List<Object[]> householdRows = new ArrayList<>(households.size());
		List<Object[]> residentRows = new ArrayList<>();
		for (int i = 0; i < households.size(); i++) {
			NewHousehold household = households.get(i);
			householdRows.add(new Object[] { ids.get(i), household.buildingCode(), household.room().strip(),
					household.floor(), household.floorArea(), household.ownerOccupied() });
			for (NewResident member : household.members()) {
				residentRows.add(residentRow(ids.get(i), member));
			}
		}
		translatingConflicts(() -> {
			this.batch.batchUpdate("""
					insert into resident.household (id, building_code, room, floor, floor_area, owner_occupied)
					values (?, ?, ?, ?, ?, ?)
					""", householdRows);
			this.batch.batchUpdate(INSERT_RESIDENT, residentRows);
		});
		return ids;
	}

	long insert(long householdId, NewResident resident) {
		Object[] row = residentRow(householdId, resident);
		return translatingConflicts(
				() -> this.jdbc.sql(INSERT_RESIDENT + " returning id").params(row).query(Long.class).single());
	}

	/** Links the account; false when there is no such household. */
	boolean linkAccount(long householdId, String username) {
		return translatingConflicts(() -> this.jdbc
			.sql("update resident.household set account_username = :username, updated_at = now() where id = :id")
			.param("username", username)
			.param("id", householdId)
			.update()) == 1;
	}

	Optional<HouseholdRow> household(long id) {
		return this.jdbc.sql(HOUSEHOLD_SELECT + " where h.id = :id")
			.param("id", id)
			.query(ResidentRecords::household)
			.optional();
	}

	boolean isHeadPartyMember(String username) {
		return this.jdbc.sql("""
				select exists (select 1 from resident.resident r join resident.household h on h.id = r.household_id
				                where h.account_username = :username and r.relation = 'HEAD' and r.party_member)""")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	Optional<HouseholdRow> householdOf(String username) {
		return this.jdbc.sql(HOUSEHOLD_SELECT + " where h.account_username = :username")
			.param("username", username)
			.query(ResidentRecords::household)
			.optional();
	}

	/**
	 * @param condition a condition on {@code h}, with its parameters in {@code params}
	 */
	List<HouseholdRow> households(String condition, Map<String, Object> params, int limit, long offset) {
		return this.jdbc
			.sql(HOUSEHOLD_SELECT + " where " + condition
					+ " order by h.building_code, h.floor, h.room, h.id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(ResidentRecords::household)
			.list();
	}

	List<HouseholdRow> householdsUnder(String areaCode) {
		return this.jdbc
			.sql(HOUSEHOLD_SELECT
					+ " where h.building_code like :prefix order by h.building_code, h.floor, h.room, h.id")
			.param("prefix", areaCode + "%")
			.query(ResidentRecords::household)
			.list();
	}

	long countHouseholds(String condition, Map<String, Object> params) {
		return this.jdbc.sql("select count(*) from resident.household h where " + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	Optional<ResidentRow> resident(long id) {
		return this.jdbc.sql(RESIDENT_SELECT + " where r.id = :id")
			.param("id", id)
			.query(ResidentRecords::resident)
			.optional();
	}

	List<ResidentRow> residentsOf(long householdId) {
		return this.jdbc
			.sql(RESIDENT_SELECT + " where r.household_id = :householdId order by r.relation = 'HEAD' desc, r.id")
			.param("householdId", householdId)
			.query(ResidentRecords::resident)
			.list();
	}

	List<ResidentRow> residentsByPhoneIndex(byte[] index) {
		return this.jdbc.sql(RESIDENT_SELECT + " where r.phone_index = :index order by r.id")
			.param("index", index)
			.query(ResidentRecords::resident)
			.list();
	}

	List<ResidentRow> residentsByIdNumberIndex(byte[] index) {
		return this.jdbc.sql(RESIDENT_SELECT + " where r.id_number_index = :index")
			.param("index", index)
			.query(ResidentRecords::resident)
			.list();
	}

	/** The sealed phone and ID number: for the audited reveal only. */
	SealedValues sealedValues(long residentId) {
		return this.jdbc.sql("select phone_sealed, id_number_sealed from resident.resident where id = :id")
			.param("id", residentId)
			.query((rs, row) -> new SealedValues(rs.getBytes("phone_sealed"), rs.getBytes("id_number_sealed")))
			.single();
	}

	private Object[] residentRow(long householdId, NewResident resident) {
		Stored phone = (resident.phone() != null) ? this.personalData.phone(resident.phone()) : null;
		Stored idNumber = (resident.idNumber() != null) ? this.personalData.idNumber(resident.idNumber()) : null;
		String[] groups = resident.groups().stream().map(Enum::name).sorted().toArray(String[]::new);
		return new Object[] { householdId, resident.name().strip(), resident.gender().name(), resident.birthYear(),
				resident.relation().name(), bytes(phone, Stored::sealed), bytes(phone, Stored::index),
				text(phone, Stored::masked), bytes(idNumber, Stored::sealed), bytes(idNumber, Stored::index),
				text(idNumber, Stored::masked), resident.partyMember(), groups };
	}

	// typed, so that a null needs no round trip to ask the driver for the parameter's
	// type
	private static SqlParameterValue bytes(Stored stored, Function<Stored, byte[]> part) {
		return new SqlParameterValue(Types.BINARY, (stored != null) ? part.apply(stored) : null);
	}

	private static SqlParameterValue text(Stored stored, Function<Stored, String> part) {
		return new SqlParameterValue(Types.VARCHAR, (stored != null) ? part.apply(stored) : null);
	}

	private static <T> T translatingConflicts(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(CONFLICTS.getOrDefault(constraintOf(ex), "resident.error.duplicate"));
		}
	}

	private static void translatingConflicts(Runnable work) {
		translatingConflicts(() -> {
			work.run();
			return null;
		});
	}

	private static String constraintOf(DuplicateKeyException ex) {
		if (ex.getMostSpecificCause() instanceof PSQLException psql) {
			ServerErrorMessage message = psql.getServerErrorMessage();
			return (message != null) ? message.getConstraint() : null;
		}
		return null;
	}

	private static HouseholdRow household(ResultSet rs, int row) throws SQLException {
		return new HouseholdRow(rs.getLong("id"), rs.getString("building_code"), rs.getString("grid_code"),
				rs.getString("community_code"), rs.getString("room"), rs.getInt("floor"),
				rs.getBigDecimal("floor_area"), rs.getBoolean("owner_occupied"), rs.getString("account_username"),
				rs.getObject("head_id", Long.class), rs.getString("head_name"), rs.getInt("member_count"));
	}

	private static ResidentRow resident(ResultSet rs, int row) throws SQLException {
		Set<SpecialGroup> groups = Arrays.stream((String[]) rs.getArray("special_groups").getArray())
			.map(SpecialGroup::valueOf)
			.collect(Collectors.toUnmodifiableSet());
		return new ResidentRow(rs.getLong("id"), rs.getLong("household_id"), rs.getString("grid_code"),
				rs.getString("account_username"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
				rs.getInt("birth_year"), Relation.valueOf(rs.getString("relation")), rs.getString("phone_masked"),
				rs.getString("id_number_masked"), rs.getBoolean("party_member"), groups,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	record SealedValues(byte[] phone, byte[] idNumber) {

	}

}
