package org.linli.outbound;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.linli.cases.CaseEvent;
import org.linli.cases.CaseId;

/**
 * A case event as other systems receive it (webhooks and the broker alike):
 * <ul>
 * <li>{@code id}: the same for the same event, so a receiver can drop a duplicate;</li>
 * <li>{@code type}: the event's name in lower case, dot-separated ({@code CaseDispatched}
 * is {@code case.dispatched}, {@code OrderOverdue} is {@code order.overdue});</li>
 * <li>{@code occurredAt}: when it happened (the due, for an overdue step);</li>
 * <li>{@code caseId}: the concern;</li>
 * <li>{@code data}: the event's own fields, ids as strings, enums by name, instants in
 * ISO-8601; the residents' usernames an event carries for notices ({@code reporter},
 * {@code followers}) stay inside.</li>
 * </ul>
 * Every {@link CaseEvent} is one.
 */
public record CaseEventMessage(UUID id, String type, Instant occurredAt, UUID caseId, Map<String, Object> data) {

	private static final Set<String> RESIDENTS = Set.of("reporter", "followers");

	private static final ClassValue<String> TYPES = new ClassValue<>() {
		@Override
		protected String computeValue(Class<?> eventType) {
			return type(eventType);
		}
	};

	/** Whether the object is an event other systems are told about. */
	public static boolean isCaseEvent(Object event) {
		return event instanceof CaseEvent && caseIdOf(event).isPresent();
	}

	public static Optional<CaseEventMessage> of(Object event) {
		if (!isCaseEvent(event)) {
			return Optional.empty();
		}
		Map<String, Object> data = new LinkedHashMap<>();
		Instant occurredAt = null;
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			Object value = value(component, event);
			if (!RESIDENTS.contains(component.getName())) {
				data.put(component.getName(), plain(value));
			}
			if (value instanceof Instant instant && (occurredAt == null || component.getName().equals("at"))) {
				occurredAt = instant;
			}
		}
		UUID id = UUID.nameUUIDFromBytes((event.getClass().getName() + ":" + event).getBytes(StandardCharsets.UTF_8));
		return Optional
			.of(new CaseEventMessage(id, typeOf(event), occurredAt, caseIdOf(event).orElseThrow().value(), data));
	}

	/** The {@code type} a case event is sent as. */
	public static String typeOf(Object event) {
		return TYPES.get(event.getClass());
	}

	/** {@code CaseDispatched} → {@code case.dispatched}. */
	static String type(Class<?> eventType) {
		return String.join(".", eventType.getSimpleName().split("(?<=[a-z0-9])(?=[A-Z])")).toLowerCase(Locale.ROOT);
	}

	private static Optional<CaseId> caseIdOf(Object event) {
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			if (component.getType() == CaseId.class
					&& (component.getName().equals("id") || component.getName().equals("caseId"))) {
				return Optional.ofNullable((CaseId) value(component, event));
			}
		}
		return Optional.empty();
	}

	private static Object value(RecordComponent component, Object event) {
		try {
			return component.getAccessor().invoke(event);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	private static Object plain(Object value) {
		return switch (value) {
			case null -> null;
			case CaseId caseId -> caseId.toString();
			case UUID uuid -> uuid.toString();
			case Enum<?> constant -> constant.name();
			case Instant instant -> instant.toString();
			case Collection<?> values -> {
				List<Object> list = new ArrayList<>();
				values.forEach((item) -> list.add(plain(item)));
				yield list;
			}
			case String text -> text;
			case Number number -> number;
			case Boolean flag -> flag;
			default -> value.toString();
		};
	}

}
