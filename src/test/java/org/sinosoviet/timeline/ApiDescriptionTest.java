package org.sinosoviet.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The OpenAPI description as a client generator reads it: every reference resolves, operations have
 * names that read well in code, writes answer what they really answer, JSON comes first.
 */
class ApiDescriptionTest extends ApiTestSupport {

	private static final Pattern REF = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"");

	@Test
	void everySchemaReferenceResolves() {
		String description = given().get("/v3/api-docs").asString();
		Map<String, Object> schemas = given().get("/v3/api-docs").jsonPath().getMap("components.schemas");
		Set<String> referenced = new HashSet<>();
		Matcher ref = REF.matcher(description);
		while (ref.find()) {
			referenced.add(ref.group(1));
		}
		assertThat(referenced).contains("Problem");
		assertThat(schemas.keySet()).containsAll(referenced);
	}

	@Test
	void everyOperationHasAStableNameThatReadsWellInGeneratedCode() {
		Map<String, Map<String, Map<String, Object>>> paths = given().get("/v3/api-docs").jsonPath().getMap("paths");
		List<String> ids = new ArrayList<>();
		paths.values().forEach(item -> item.values().forEach(operation -> ids.add((String) operation.get("operationId"))));
		assertThat(ids).doesNotContainNull().doesNotHaveDuplicates()
			.allMatch(id -> id.matches("[a-z]+[A-Za-z]*"), "camelCase without numeric suffixes")
			.contains("listEvents", "getEvent", "createEvent", "patchEvent", "deleteEvent", "rankCausesOfSplit",
					"listReferences", "getReference");
	}

	@Test
	void writesAnswerWhatTheyReallyAnswerAndRequireIfMatch() {
		given().get("/v3/api-docs")
			.then()
			.body("paths['/events'].post.responses.'201'.headers.Location", org.hamcrest.Matchers.notNullValue())
			.body("paths['/events'].post.responses.'200'", org.hamcrest.Matchers.nullValue())
			.body("paths['/events/{slug}'].delete.responses.'204'", org.hamcrest.Matchers.notNullValue())
			.body("paths['/events/{slug}'].patch.parameters.find { it.name == 'If-Match' }.required", equalTo(true))
			.body("paths['/events/{slug}'].get.responses.'304'", org.hamcrest.Matchers.notNullValue())
			.body("paths['/events/{slug}/history'].get.security", equalTo(List.of()))
			.body("paths['/events/{slug}'].patch.responses.keySet()", hasItem("428"));
	}

	@Test
	void theRankingIsAListOfOneObjectThatEveryGeneratorCanRead() {
		given().get("/v3/api-docs")
			.then()
			.body("paths['/causes-of-split'].get.responses.'200'.content.'application/json'.schema.items.'$ref'",
					equalTo("#/components/schemas/RankedCause"))
			.body("components.schemas.RankedCause.required", equalTo(List.of("rank", "score")))
			.body("components.schemas.RankedCause.properties.keySet()", hasItem("grievance"))
			.body("components.schemas.RankedCause.properties.keySet()", hasItem("grievances"));
		// Both shapes are checked against it by every test that ranks.
		given().get("/causes-of-split?groupBy=category").then().statusCode(200);
		given().get("/causes-of-split").then().statusCode(200);
	}

	@Test
	void describesTheFormatParameterWhereAReadHasSeveralRepresentations() {
		given().get("/v3/api-docs")
			.then()
			.body("paths['/events'].get.parameters.find { it.name == 'format' }.schema.enum",
					org.hamcrest.Matchers.containsInAnyOrder("json", "csv", "geojson", "timelinejs"))
			.body("paths['/eras'].get.parameters", org.hamcrest.Matchers.nullValue());
	}

	/** The eras come from the database, in order, wherever a filter takes them. */
	@Test
	void everyEraParameterListsTheErasThereAre() {
		List<String> eras = given().get("/eras").jsonPath().getList("slug");
		Map<String, Map<String, Map<String, Object>>> paths = given().get("/v3/api-docs").jsonPath().getMap("paths");
		int described = 0;
		for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
			for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getValue().get("parameters");
				for (Map<String, Object> parameter : parameters == null ? List.<Map<String, Object>>of() : parameters) {
					if ("era".equals(parameter.get("name")) && "query".equals(parameter.get("in"))) {
						@SuppressWarnings("unchecked")
						Map<String, Object> items = (Map<String, Object>) ((Map<String, Object>) parameter.get("schema"))
							.get("items");
						assertThat(items.get("enum")).as(operation.getKey() + " " + path.getKey()).isEqualTo(eras);
						described++;
					}
				}
			}
		}
		assertThat(eras).hasSize(4);
		assertThat(described).as("operations with an era filter").isGreaterThanOrEqualTo(5);
	}

	@Test
	void jsonComesFirstWhereItIsTheDefault() {
		Map<String, Object> content = given().get("/v3/api-docs").jsonPath().getMap("paths['/events'].get.responses.'200'.content");
		assertThat(content.keySet().iterator().next()).isEqualTo("application/json");
	}

	@Test
	void aScalarParameterGivenTwiceIsABadParameter() {
		given().get("/events?size=1&size=3")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].name", equalTo("size"));
		given().get("/events?era=stalin&era=brezhnev").then().statusCode(200);
	}

	@Test
	void offersNoYaml() {
		given().accept("application/yaml").get("/eras").then().statusCode(406).contentType("application/problem+json");
		given().get("/v3/api-docs.yaml").then().statusCode(200);
	}

	@Test
	void everyProblemHasAType() {
		given().accept("application/pdf").get("/eras").then().statusCode(406).body("type", startsWith("/problems/"));
		given().post("/eras").then().statusCode(405).body("type", startsWith("/problems/"));
		given().auth()
			.preemptive()
			.basic(ApiTest.CURATOR, ApiTest.PASSWORD)
			.contentType("text/plain")
			.body("x")
			.post("/grievances")
			.then()
			.statusCode(415)
			.body("type", startsWith("/problems/"));
	}

	@Test
	void everyAnswerIsCheckedAgainstTheDescriptionAndABrokenOneFails() {
		OpenApiInteractionValidator validator = OpenApiInteractionValidator
			.createForInlineApiSpecification(given().get("/v3/api-docs").asString())
			.build();
		String era = given().get("/eras/khrushchev").asString();
		Request request = SimpleRequest.Builder.get("/eras/khrushchev").build();

		assertThat(validator.validate(request, json(era)).getMessages()).isEmpty();
		assertThat(validator.validate(request, json(era.replaceFirst("\"eventCount\":\\d+", "\"eventCount\":\"many\"")))
			.getMessages()).extracting(ValidationReport.Message::getKey)
			.contains("validation.response.body.schema.type");
		assertThat(validator.validate(request, SimpleResponse.Builder.status(418).build()).getMessages())
			.extracting(ValidationReport.Message::getKey)
			.contains("validation.response.status.unknown");
	}

	@Test
	void namesItsLicenceAndHowToReachItsMaintainersAndDescribesHead() {
		given().get("/v3/api-docs")
			.then()
			.body("openapi", startsWith("3.0."))
			.body("info.license.name", equalTo("Apache-2.0"))
			.body("info.contact.name", org.hamcrest.Matchers.notNullValue())
			.body("paths['/events'].head.operationId", equalTo("headListEvents"))
			.body("paths['/events'].head.responses.'200'.content", org.hamcrest.Matchers.nullValue())
			.body("paths['/events'].head.responses.'200'.headers.Link", org.hamcrest.Matchers.notNullValue());
		given().head("/events?era=khrushchev").then().statusCode(200).header("Link", org.hamcrest.Matchers.notNullValue());
	}

	@Test
	void onlyResourcesThatCanBePatchedAdvertiseAcceptPatch() {
		given().options("/eras").then().statusCode(200).header("Accept-Patch", org.hamcrest.Matchers.nullValue());
		given().options("/events/prc-founded")
			.then()
			.statusCode(200)
			.header("Accept-Patch", equalTo("application/merge-patch+json"));
	}

	private static SimpleResponse json(String body) {
		return SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build();
	}

}
