package org.sinosoviet.timeline.event.export;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * The representations a list of events comes in, chosen by {@code Accept} or by {@code format=}.
 */
public enum ExportFormat {

	JSON("json", MediaType.APPLICATION_JSON),
	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
	GEOJSON("geojson", MediaType.parseMediaType("application/geo+json")),
	TIMELINEJS("timelinejs", MediaType.parseMediaType("application/vnd.timelinejs+json"));

	private final String parameter;

	private final MediaType mediaType;

	ExportFormat(String parameter, MediaType mediaType) {
		this.parameter = parameter;
		this.mediaType = mediaType;
	}

	/** The value of {@code format=} that asks for this representation. */
	public String parameter() {
		return parameter;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public static List<MediaType> mediaTypes(List<ExportFormat> formats) {
		return formats.stream().map(ExportFormat::mediaType).toList();
	}

	public static List<ExportFormat> all() {
		return Arrays.asList(values());
	}

}
