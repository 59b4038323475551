package org.sinosoviet.timeline.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.client.api.AnalysisApi;
import org.sinosoviet.timeline.client.api.CurationApi;
import org.sinosoviet.timeline.client.api.EventsApi;
import org.sinosoviet.timeline.client.model.CitationInput;
import org.sinosoviet.timeline.client.model.EventDetail;
import org.sinosoviet.timeline.client.model.EventInput;
import org.sinosoviet.timeline.client.model.EventRepresentation;
import org.sinosoviet.timeline.client.model.PagedListEventRepresentation;
import org.sinosoviet.timeline.client.model.RankedCause;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client that OpenAPI Generator's Maven plugin makes from the description a running service serves
 * ({@code -Pgenerated-client}), used as a Java developer would: a list, an event, the ranking, a curator's
 * create, patch and delete, and a 404 read as a problem.
 */
class GeneratedJavaClientTest {

	private static final String SERVICE = System.getProperty("client.service", "http://127.0.0.1:8080");

	private final ApiClient reader = client(null);

	private final ApiClient curator = client(System.getProperty("client.curator", "client-check") + ":"
			+ System.getProperty("client.password", "client-check-password"));

	@Test
	void listsAnEraReadsAnEventAndRanksTheCauses() throws ApiException {
		EventsApi events = new EventsApi(reader);
		PagedListEventRepresentation khrushchev = events.listEvents(List.of("khrushchev"), null, null, null, null, null,
				null, null, null, null, null, 200, null, null);
		assertThat(khrushchev.getPage().getTotalElements()).isPositive();
		assertThat(khrushchev.getContent()).extracting(EventRepresentation::getEra).containsOnly("khrushchev");

		EventDetail zhenbao = events.getEvent("zhenbao-island-clash");
		assertThat(zhenbao.getStart()).isEqualTo("1969-03-02");
		assertThat(zhenbao.getCitations()).isNotEmpty();

		List<RankedCause> causes = new AnalysisApi(reader).rankCausesOfSplit(null, null, null, null, null, 3, null);
		assertThat(causes).extracting(RankedCause::getRank).containsExactly(1, 2, 3);
		assertThat(causes).allSatisfy(cause -> assertThat(cause.getGrievance().getSlug()).isNotBlank());
		List<RankedCause> categories = new AnalysisApi(reader).rankCausesOfSplit(null, null, null, null, null, null,
				"category");
		assertThat(categories).allSatisfy(category -> assertThat(category.getGrievances()).isNotEmpty());
	}

	@Test
	void aCuratorCreatesPatchesAndDeletesAnEventAndAMissingOneIsAProblem() throws ApiException {
		CurationApi curation = new CurationApi(curator);
		ApiResponse<EventDetail> created = curation.createEventWithHttpInfo(new EventInput().slug("java-client-event")
			.title("Written by a generated Java client")
			.summary("A test event.")
			.start("1990-04-24")
			.type("summit")
			.impact(1)
			.citations(List.of(new CitationInput().reference("garver-2016").supports(List.of("fact")))));
		assertThat(created.getStatusCode()).isEqualTo(201);
		assertThat(header(created, "Location")).isEqualTo("/events/java-client-event");

		ApiResponse<EventDetail> patched = curation.patchEventWithHttpInfo("java-client-event", header(created, "ETag"),
				Map.of("impact", 2));
		assertThat(patched.getData().getImpact()).isEqualTo(2);

		ApiResponse<Void> deleted = curation.deleteEventWithHttpInfo("java-client-event", header(patched, "ETag"));
		assertThat(deleted.getStatusCode()).isEqualTo(204);

		ApiException missing = catchThrowableOfType(ApiException.class,
				() -> new EventsApi(reader).getEvent("java-client-event"));
		assertThat(missing.getCode()).isEqualTo(404);
		JsonNode problem = JsonMapper.builder().build().readTree(missing.getResponseBody());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("type").asString()).startsWith("/problems/");
	}

	private static String header(ApiResponse<?> response, String name) {
		return response.getHeaders()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.map(entry -> entry.getValue().get(0))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	private static ApiClient client(String credentials) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(SERVICE);
		if (credentials != null) {
			String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
			client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
		}
		return client;
	}

}
