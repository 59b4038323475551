package org.sinosoviet.timeline.event.export;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * The representations a list of events comes in, chosen by {@code Accept} or by {@code format=}. The
 * {@code *_VALUE} constants are for {@code produces}: a handler method per representation.
 */
public enum ExportFormat {

	JSON("json", MediaType.APPLICATION_JSON_VALUE),
	CSV("csv", ExportFormat.CSV_VALUE),
	GEOJSON("geojson", ExportFormat.GEOJSON_VALUE),
	TIMELINEJS("timelinejs", ExportFormat.TIMELINEJS_VALUE);

	public static final String CSV_VALUE = "text/csv";

	public static final String GEOJSON_VALUE = "application/geo+json";

	public static final String TIMELINEJS_VALUE = "application/vnd.timelinejs+json";

	/** What a CSV answer says it is: always UTF-8. */
	public static final MediaType CSV_UTF8 = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final String parameter;

	private final MediaType mediaType;

	ExportFormat(String parameter, String mediaType) {
		this.parameter = parameter;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	/** The value of {@code format=} that asks for this representation. */
	public String parameter() {
		return parameter;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public static List<ExportFormat> all() {
		return Arrays.asList(values());
	}

}
