package org.linli.open311.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.catalogue.Catalogue;
import org.linli.catalogue.ResidentCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The services: the catalogue's plain-language resident categories, in the order
 * residents see them, each with the attributes of its service definition (kept here,
 * keyed by the category's code, since they are GeoReport's questions). Small enough to
 * read whole on each call.
 */
@Component
class ResidentServices {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	ResidentServices(JdbcClient jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
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
		return this.catalogue.residentCategories()
			.stream()
			.map((category) -> new ResidentService(category, attributes.getOrDefault(category.code(), List.of())))
			.toList();
	}

	Optional<ResidentService> find(String code) {
		return all().stream().filter((service) -> service.code().equals(code)).findFirst();
	}

	record ResidentService(ResidentCategory category, List<ServiceAttribute> attributes) {

		ResidentService {
			attributes = List.copyOf(attributes);
		}

		String code() {
			return this.category.code();
		}

		String categoryCode() {
			return this.category.categoryCode();
		}

		String name() {
			return this.category.name();
		}

		String name(boolean english) {
			return this.category.name(english);
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
