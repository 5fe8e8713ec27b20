/**
 * Case events for the city's other systems: webhooks per subscriber (HMAC-SHA256 signed,
 * durable, retried) and, by configuration, a message broker through Spring Modulith's
 * event externalization. Both carry the same {@link org.linli.outbound.CaseEventMessage}.
 */
package org.linli.outbound;
