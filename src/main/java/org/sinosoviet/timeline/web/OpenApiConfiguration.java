package org.sinosoviet.timeline.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.chronology.HistoricalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: what the API is, the conventions every resource
 * follows, and the problem documents every operation can answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM = "Problem";

	private static final String INVALID_VALUE = "InvalidValue";

	static {
		// A historical date travels as one string ("1960", "1960-07", "1960-07-16"), not as its parts.
		SpringDocUtils.getConfig()
			.replaceWithSchema(HistoricalDate.class,
					new StringSchema().pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$").example("1969-03-02"))
			.addSimpleTypesForParameterObject(HistoricalDate.class)
			// A merge patch and a revision's changes are JSON objects, not Jackson's tree model.
			.replaceWithSchema(JsonNode.class, new ObjectSchema().additionalProperties(true)
				.description("A JSON object."));
	}

	private static final String DESCRIPTION = """
			Sino-Soviet relations from 1949 to 1991 as data: events, eras, actors and the grievances that split \
			the two communist powers. Every event cites the works that support it (`citations`, see \
			`/references`): books, articles, archival documents, treaties and newspapers, with the page or \
			document where one was seen and what each supports (`date`, `fact`, `figure`, `interpretation`). \
			Its `sources` are its provenance: where the two study notes the dataset grew from tell of it; where \
			the dataset departs from them, the event's `notes` say what the study note says, what the record \
			says, and which work.

			**Dates** are ISO 8601 strings at their known precision (`1960`, `1960-07`, `1969-03-02`), never \
			padded with an invented month or day; every dated object also says its `precision`. Date filters \
			`from` and `to` take the same forms, are inclusive, and match an event whose interval (start to end, \
			each widened to its precision) overlaps them.

			**Filters** combine with AND across parameters and OR within one parameter, repeated \
			(`era=stalin&era=brezhnev`) or comma-separated (`era=stalin,brezhnev`). Unknown slugs, unknown \
			values and unknown parameters are 400 problems that list what is accepted.

			**Lists** are paged (`page` from 0, `size` 1-200, default 50; larger sizes are served as 200) and \
			carry RFC 8288 `Link` headers. Small bounded collections (`/eras`, `/causes-of-split`, \
			`/relations/trend`, `/on-this-day`) are plain arrays.

			**Impact** is an event's effect on Sino-Soviet relations: -2 a rupture or act of hostility between \
			the two (armed clashes, withdrawal of aid, a public break), -1 a grievance voiced or deepened, \
			0 no direct effect, +1 a step that eased tension, +2 an alliance, major aid or normalisation.

			**Causes of the split** are ranked by a score: each evidence event in the period counts \
			`max(0, 1 - impact)`, so 3 for an impact of -2, 2 for -1, 1 for 0 and nothing for an event that \
			improved relations. Ties go to more evidence events, then the earlier first sighting, then the slug.

			**Caching**: every GET answers with an `ETag` and `Cache-Control: public, no-cache`; send \
			`If-None-Match` to get a 304. Answers of 1 KB or more come gzipped when `Accept-Encoding` takes \
			gzip, with an ETag of their own. Reads are allowed from any origin.

			**Errors** are RFC 9457 `application/problem+json` documents.""";

	@Bean
	OpenAPI timelineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Sino-Soviet Timeline API")
				.version("1")
				.description(DESCRIPTION)
				.contact(new Contact().name("Sino-Soviet Timeline API maintainers"))
				// OpenAPI 3.0 has no license identifier: the name is the SPDX one.
				.license(new License().name("Apache-2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")))
			// Relative, so that the description never depends on the Host header of whoever asked first.
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSchemas(INVALID_VALUE, invalidValueSchema())
				.addSecuritySchemes("curator", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("A curator's account (TIMELINE_CURATOR_USERNAME / TIMELINE_CURATOR_PASSWORD).")));
	}

	/**
	 * What every operation shares and annotations cannot say once: the problem documents it can answer with,
	 * the statuses writes really answer (201 with Location, 204), 304 for a read revalidated with its ETag,
	 * the If-Match that writes require, JSON listed first wherever it is the default, and optional fields
	 * declared nullable.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(INVALID_VALUE, invalidValueSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describeStatuses(path, method, operation);
				putJsonFirst(operation);
				describeListParameters(operation);
				spellDefaultsAsSent(operation);
			}));
			openApi.getPaths().values().forEach(OpenApiConfiguration::describeHead);
			require(openApi, "Cause", "rank", "grievance", "score", "eventCount", "eras", "evidence");
			describeRankingAsOneShape(openApi);
			Set<String> nullableObjects = new HashSet<>();
			openApi.getComponents().getSchemas().values().forEach(schema -> declareOptionalAsNullable(schema, nullableObjects));
			nullableObjects.forEach(name -> openApi.getComponents().getSchemas().get(name).setNullable(true));
		};
	}

	/**
	 * The ranking's entries are causes, or with {@code groupBy=category} categories of causes. Generated clients
	 * cannot tell a oneOf of the two apart without a discriminator the entries do not carry (OpenAPI Generator's
	 * Java client finds both match), so an entry is described as one object: what both have is required, what
	 * only one shape has is optional and says which.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describeRankingAsOneShape(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema cause = schemas.get("Cause");
		Schema category = schemas.remove("CategoryCauses");
		PathItem path = openApi.getPaths().get("/causes-of-split");
		if (cause == null || category == null || path == null || path.getGet() == null) {
			return;
		}
		Map<String, Schema> properties = new LinkedHashMap<>();
		((Map<String, Schema>) cause.getProperties()).forEach((name, property) -> properties.put(name,
				"rank".equals(name) || "score".equals(name) ? Json.mapper().convertValue(property, Schema.class)
						: describedAs(property, "Of a cause (the default grouping).")));
		properties.put("category", describedAs((Schema) category.getProperties().get("category"),
				"With `groupBy=category`: the category."));
		properties.put("grievances", describedAs((Schema) category.getProperties().get("grievances"),
				"With `groupBy=category`: its causes, ranked."));
		Schema ranked = new ObjectSchema().description("An entry of the ranking: a cause (a grievance with its score "
				+ "and evidence) or, with `groupBy=category`, a category with its causes.");
		ranked.setProperties(properties);
		ranked.setRequired(List.of("rank", "score"));
		schemas.put("RankedCause", ranked);
		path.getGet().getResponses().get("200").getContent().get("application/json")
			.setSchema(new ArraySchema().items(new Schema<>().$ref("#/components/schemas/RankedCause")));
	}

	/** A copy of a property with a description of its own: the original stays as it is in its own schema. */
	@SuppressWarnings("rawtypes")
	private static Schema describedAs(Schema property, String description) {
		if (property.get$ref() != null) {
			return new Schema<>().addAllOfItem(new Schema<>().$ref(property.get$ref())).description(description);
		}
		Schema copy = Json.mapper().convertValue(property, Schema.class);
		return copy.description(property.getDescription() == null ? description
				: description + " " + property.getDescription());
	}

	/** An enum parameter's default is written as a client sends it ({@code date}), not as the constant's name. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void spellDefaultsAsSent(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters().forEach(parameter -> {
			Schema schema = parameter.getSchema();
			if (schema == null || schema.getEnum() == null || schema.getDefault() == null
					|| schema.getEnum().contains(schema.getDefault())) {
				return;
			}
			((List<Object>) schema.getEnum()).stream()
				.filter(value -> String.valueOf(value).equalsIgnoreCase(String.valueOf(schema.getDefault())))
				.findFirst()
				.ifPresent(schema::setDefault);
		});
	}

	/** Every read also answers HEAD: the same statuses and headers, no body. */
	private static void describeHead(PathItem item) {
		Operation get = item.getGet();
		if (get == null || get.getOperationId() == null) {
			return;
		}
		ApiResponses headers = new ApiResponses();
		get.getResponses().forEach((status, response) -> headers.addApiResponse(status,
				new ApiResponse().description(response.getDescription()).headers(response.getHeaders())));
		String read = get.getSummary() == null || get.getSummary().isEmpty() ? "the read" : get.getSummary();
		item.setHead(new Operation().operationId("head" + Character.toUpperCase(get.getOperationId().charAt(0))
				+ get.getOperationId().substring(1))
			.summary("The headers of " + Character.toLowerCase(read.charAt(0)) + read.substring(1) + ", without the body")
			.description("Answers as GET does, with its status and headers (ETag, Link, Content-Type) and no body.")
			.tags(get.getTags())
			.parameters(get.getParameters())
			.security(get.getSecurity())
			.responses(headers));
	}

	private static io.swagger.v3.oas.models.headers.Header header(String description, String example) {
		return new io.swagger.v3.oas.models.headers.Header().description(description)
			.schema(new StringSchema().example(example));
	}

	private static void describeStatuses(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (method == PathItem.HttpMethod.GET) {
			// Reads are public, whatever the class they are declared in says.
			operation.setSecurity(List.of());
			responses.addApiResponse("304", new ApiResponse()
				.description("Not modified: `If-None-Match` names the current ETag. No body.")
				.addHeaderObject("ETag", header("The current entity tag.", "\"3-9f2c1a\"")));
			ApiResponse ok = responses.get("200");
			if (ok != null) {
				ok.addHeaderObject("ETag", header("The entity tag of this representation; send it back in "
						+ "`If-None-Match` to revalidate.", "\"3-9f2c1a\""));
				if (operation.getParameters() != null
						&& operation.getParameters().stream().anyMatch(parameter -> "page".equals(parameter.getName()))) {
					ok.addHeaderObject("Link", header("RFC 8288 links to the `first`, `prev`, `next` and `last` pages.",
							"</events?page=1&size=50>; rel=\"next\""));
				}
			}
		}
		boolean write = method != PathItem.HttpMethod.GET;
		if (write && responses.get("200") != null) {
			if (method == PathItem.HttpMethod.POST) {
				ApiResponse created = responses.remove("200");
				responses.addApiResponse("201", created.description("Created; `Location` names the new resource.")
					.addHeaderObject("Location",
							header("The address of the new resource.", "/events/sino-soviet-border-agreement-1991")));
			}
			else if (method == PathItem.HttpMethod.DELETE) {
				responses.remove("200");
				responses.addApiResponse("204", new ApiResponse().description("Deleted. No body."));
			}
		}
		if (write && operation.getParameters() != null) {
			operation.getParameters()
				.stream()
				.filter(parameter -> "header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName()))
				.forEach(parameter -> parameter.required(true)
					.description("The ETag of the version being changed, as read (428 without it, 412 when stale)."));
		}
		if (write) {
			responses.addApiResponse("403", problem("A cross-origin write, or credentials that may not write."));
		}
		addProblems(path, operation, responses);
	}

	/**
	 * A list parameter is taken comma-separated ({@code era=stalin,brezhnev}, as the README teaches) or
	 * repeated; the description says the first, and examples have the parameter's own type.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describeListParameters(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters().forEach(parameter -> {
			Schema schema = parameter.getSchema();
			if (schema == null || parameter.getExample() == null) {
				if (schema != null && "array".equals(schema.getType()) && "query".equals(parameter.getIn())) {
					parameter.style(io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.FORM).explode(false);
				}
				return;
			}
			if ("array".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("array"))) {
				parameter.style(io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.FORM).explode(false);
				if (!(parameter.getExample() instanceof List)) {
					parameter.setExample(List.of(String.valueOf(parameter.getExample())));
				}
			}
			else if ("string".equals(schema.getType()) && !(parameter.getExample() instanceof String)) {
				parameter.setExample(String.valueOf(parameter.getExample()));
			}
		});
	}

	private static void require(OpenAPI openApi, String schema, String... properties) {
		Schema<?> found = openApi.getComponents().getSchemas().get(schema);
		if (found != null) {
			found.setRequired(List.of(properties));
		}
	}

	/** A client that asks for nothing in particular, or generates code from the first media type, gets JSON. */
	private static void putJsonFirst(Operation operation) {
		operation.getResponses().values().forEach(response -> {
			Content content = response.getContent();
			if (content == null || !content.containsKey("application/json")) {
				return;
			}
			Content ordered = new Content();
			ordered.addMediaType("application/json", content.get("application/json"));
			content.forEach((type, media) -> ordered.putIfAbsent(type, media));
			response.setContent(ordered);
		});
	}

	/** A property a record may leave out of its JSON, or send as {@code null}, is declared as such. */
	@SuppressWarnings("rawtypes")
	private static void declareOptionalAsNullable(Schema<?> schema, Set<String> nullableObjects) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
		Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
		properties.replaceAll((name, property) -> {
			Schema p = (Schema) property;
			if (required.contains(name)) {
				return p;
			}
			if (p.get$ref() != null) {
				// OpenAPI 3.0 ignores keywords beside a $ref, and validators disagree on a nullable allOf of one:
				// an object that is sent as null where it is absent (a location) is nullable where it is defined.
				nullableObjects.add(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
				return p;
			}
			if (p.getAllOf() == null) {
				// A composed property (allOf) is left out, not null: nullable there would need a type beside it.
				p.setNullable(true);
			}
			return p;
		});
		schema.setProperties(properties);
	}

	private static void addProblems(String path, Operation operation, ApiResponses responses) {
		// Unknown parameters are refused everywhere, so every operation can answer 400.
		responses.addApiResponse("400", problem("A parameter or a field of the body is invalid; `invalidParams` "
				+ "(query and path) or `invalidFields` (body) names each one, why, and the accepted values where "
				+ "there is a fixed set."));
		if (path.contains("{")) {
			responses.addApiResponse("404", problem("No resource has that slug."));
		}
		responses.addApiResponse("406", problem("None of the media types in `Accept` can be produced."));
		if (operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(r -> r.containsKey("curator"))) {
			responses.addApiResponse("401", problem("No curator's credentials, or wrong ones; see WWW-Authenticate."));
			responses.addApiResponse("409", problem("The slug is taken, or the resource is still in use."));
			responses.addApiResponse("412", problem("If-Match does not name the current version."));
			responses.addApiResponse("413", problem("The body is larger than the limit."));
			responses.addApiResponse("415", problem("The body is not of the media type this write takes."));
			responses.addApiResponse("428", problem("The write needs If-Match."));
		}
		responses.addApiResponse("414", problem("The URL is longer than 2,048 characters."));
		responses.addApiResponse("429", problem("The client is over the rate limit (when one is configured), or "
				+ "locked out after failed logins; Retry-After says for how long."));
		responses.addApiResponse("431", problem("The request line and headers are larger than 10 KB."));
		responses.addApiResponse("500", problem("The server failed; nothing of the failure is disclosed."));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> invalidValueSchema() {
		ObjectSchema invalidValue = new ObjectSchema();
		invalidValue.description("One invalid parameter or field.");
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("name", new StringSchema().example("era"));
		properties.put("reason", new StringSchema().example("unknown era 'foo'"));
		properties.put("accepted", new ArraySchema().items(new StringSchema())
			.example(List.of("stalin", "khrushchev"))
			.description("The accepted values, where there is a fixed set."));
		invalidValue.setProperties(properties);
		invalidValue.setRequired(List.of("name", "reason"));
		return invalidValue;
	}

	private static Schema<?> problemSchema() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem document.");
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().example("/problems/invalid-parameters")
			.description("A relative URI reference; GET it for an explanation of the problem type."));
		properties.put("title", new StringSchema().example("Invalid request parameters"));
		properties.put("status", new IntegerSchema().example(400));
		properties.put("detail", new StringSchema().example("The request parameter era is invalid."));
		properties.put("instance", new StringSchema().example("/events"));
		properties.put("invalidParams", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + INVALID_VALUE))
			.description("The query or path parameters that are invalid (400)."));
		properties.put("invalidFields", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + INVALID_VALUE))
			.description("The fields of the request body that are invalid (400)."));
		problem.setProperties(properties);
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

}
