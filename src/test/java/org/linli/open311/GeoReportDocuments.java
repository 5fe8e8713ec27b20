package org.linli.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks GeoReport documents against the JSON Schemas in {@code open311/schema}: JSON as
 * it is, XML after checking its declaration and lack of namespace and reading it into the
 * same shape (list wrappers become arrays, the specification's numbers and booleans are
 * typed, an empty element is null).
 */
final class GeoReportDocuments {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Map<String, String> LISTS = Map.of("services", "service", "attributes", "attribute", "values",
			"value", "service_requests", "request", "errors", "error", "endpoints", "endpoint", "formats", "format",
			"service_request_updates", "request_update");

	private static final Set<String> NUMBERS = Set.of("lat", "long", "order");

	private static final Set<String> BOOLEANS = Set.of("metadata", "variable", "required");

	private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private GeoReportDocuments() {
	}

	static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
	}

	/** The XML document read into the JSON shape, after checking its prologue. */
	static JsonNode xml(String body, String root) {
		assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		assertThat(body).doesNotContain("xmlns");
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			Element element = document.getDocumentElement();
			assertThat(element.getTagName()).isEqualTo(root);
			assertThat(element.getNamespaceURI()).isNull();
			return convert(element, null);
		}
		catch (Exception ex) {
			throw new AssertionError("Not XML: " + body, ex);
		}
	}

	static void assertValid(String schemaName, JsonNode document) {
		JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/schema/" + schemaName), CONFIG);
		Set<ValidationMessage> problems = schema.validate(document);
		assertThat(problems).as("%s against %s", document, schemaName).isEmpty();
	}

	private static JsonNode convert(Element element, String parent) {
		String name = element.getTagName();
		String item = LISTS.get(name);
		if (item != null) {
			ArrayNode array = NODES.arrayNode();
			for (Element child : children(element)) {
				assertThat(child.getTagName()).as("item of <%s>", name).isEqualTo(item);
				array.add(convert(child, name));
			}
			return array;
		}
		var children = children(element);
		if (!children.isEmpty()) {
			ObjectNode object = NODES.objectNode();
			children.forEach((child) -> object.set(child.getTagName(), convert(child, name)));
			return object;
		}
		String text = element.getTextContent();
		if (!element.hasChildNodes()) {
			return NODES.nullNode();
		}
		if (NUMBERS.contains(name) || ("code".equals(name) && "error".equals(parent))) {
			return json(text);
		}
		if (BOOLEANS.contains(name)) {
			return NODES.booleanNode(Boolean.parseBoolean(text));
		}
		return NODES.textNode(text);
	}

	private static java.util.List<Element> children(Element element) {
		java.util.List<Element> found = new java.util.ArrayList<>();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
				found.add((Element) nodes.item(i));
			}
		}
		return found;
	}

}
