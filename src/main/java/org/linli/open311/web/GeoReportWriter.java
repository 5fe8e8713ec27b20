package org.linli.open311.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Writes a GeoReport document as the specification shows it: JSON as the bare object or
 * array; XML with the declaration, no namespace, the document's root element and each
 * list item wrapped in its singular element ({@code <services><service>},
 * {@code <service_requests><request>}, {@code <errors><error>}). A null field is an empty
 * element in XML and {@code null} in JSON.
 */
final class GeoReportWriter {

	static final String XML = "text/xml; charset=utf-8";

	static final String JSON = "application/json; charset=utf-8";

	private static final Map<String, String> ITEMS = Map.of("services", "service", "attributes", "attribute", "values",
			"value", "service_requests", "request", "errors", "error", "endpoints", "endpoint", "formats", "format",
			"service_request_updates", "request_update");

	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		.getBytes(StandardCharsets.UTF_8);

	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private GeoReportWriter() {
	}

	static ResponseEntity<byte[]> write(Format format, int status, String root, JsonNode document, ObjectMapper json) {
		byte[] body = (format == Format.JSON) ? json.writeValueAsBytes(document) : xml(root, document);
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, (format == Format.JSON) ? JSON : XML)
			.body(body);
	}

	private static byte[] xml(String root, JsonNode document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(DECLARATION);
		try {
			XMLStreamWriter writer = XML_OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			element(writer, root, document);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write a GeoReport document", ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter writer, String name, JsonNode node) throws XMLStreamException {
		if (node == null || node.isNull()) {
			writer.writeEmptyElement(name);
			return;
		}
		writer.writeStartElement(name);
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				element(writer, field.getKey(), field.getValue());
			}
		}
		else if (node.isArray()) {
			String item = ITEMS.getOrDefault(name, "item");
			for (int i = 0; i < node.size(); i++) {
				element(writer, item, node.get(i));
			}
		}
		else {
			writer.writeCharacters(printable(node.asString()));
		}
		writer.writeEndElement();
	}

	/** XML 1.0 has no way to carry most control characters: they are left out. */
	private static String printable(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
	}

	enum Format {

		XML, JSON;

		static Format of(String suffix) {
			return "json".equals(suffix) ? JSON : XML;
		}

		static boolean supported(String suffix) {
			return "json".equals(suffix) || "xml".equals(suffix);
		}

	}

}
