package org.linli.open311.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active services with their attributes and list values, in the order residents see
 * them. Small enough to read whole on each call.
 */
@Component
class ResidentServices {

	private final JdbcClient jdbc;

	ResidentServices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ResidentService> all() {
		Map<String, List<AttributeValue>> values = new LinkedHashMap<>();
		this.jdbc.sql("""
				select service_code, attribute_code, key, name, name_en from open311.attribute_value
				 order by service_code, attribute_code, position""").query((rs, row) -> {
			values.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), (key) -> new ArrayList<>())
				.add(new AttributeValue(rs.getString(3), rs.getString(4), rs.getString(5)));
			return null;
		}).list();
		Map<String, List<ServiceAttribute>> attributes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select service_code, code, position, datatype, required, variable, description, description_en,
				       datatype_description, datatype_description_en
				  from open311.service_attribute order by service_code, position""").query((rs, row) -> {
			attributes.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
				.add(new ServiceAttribute(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5),
						rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
						values.getOrDefault(rs.getString(1) + "/" + rs.getString(2), List.of())));
			return null;
		}).list();
		return this.jdbc.sql("""
				select code, category_code, name, name_en, description, description_en, group_name, group_en, keywords,
				       keywords_en
				  from open311.service where active order by position""")
			.query((rs, row) -> new ResidentService(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), attributes.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	Optional<ResidentService> find(String code) {
		return all().stream().filter((service) -> service.code().equals(code)).findFirst();
	}

	record ResidentService(String code, String categoryCode, String name, String nameEn, String description,
			String descriptionEn, String group, String groupEn, String keywords, String keywordsEn,
			List<ServiceAttribute> attributes) {

		ResidentService {
			attributes = List.copyOf(attributes);
		}

		String name(boolean english) {
			return english ? this.nameEn : this.name;
		}

		Optional<ServiceAttribute> attribute(String code) {
			return this.attributes.stream().filter((attribute) -> attribute.code().equals(code)).findFirst();
		}

	}

	record ServiceAttribute(String code, int order, String datatype, boolean required, boolean variable,
			String description, String descriptionEn, String datatypeDescription, String datatypeDescriptionEn,
			List<AttributeValue> values) {

		ServiceAttribute {
			values = List.copyOf(values);
		}

		boolean isList() {
			return this.datatype.endsWith("valuelist");
		}

		Optional<AttributeValue> value(String key) {
			return this.values.stream().filter((value) -> value.key().equals(key)).findFirst();
		}

	}

	record AttributeValue(String key, String name, String nameEn) {

	}

}
