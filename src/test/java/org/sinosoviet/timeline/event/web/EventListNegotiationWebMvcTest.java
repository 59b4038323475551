package org.sinosoviet.timeline.event.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventView;
import org.sinosoviet.timeline.event.export.EventExports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How Spring MVC picks a representation of /events, in the MVC slice with the catalog mocked: one handler
 * method per representation, chosen by {@code format=} and then {@code Accept}. Left to itself, Spring breaks
 * a tie among methods that all match a wildcard by the types' names, and GeoJSON sorts before JSON; the
 * contract says a wildcard means JSON. Which method ran shows in which view the catalog was asked for.
 */
@WebMvcTest(controllers = EventController.class, properties = { "logging.level.root=warn",
		"spring.main.banner-mode=off", "spring.security.user.password=unused-in-this-slice" })
@AutoConfigureMockMvc(addFilters = false)
class EventListNegotiationWebMvcTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EventCatalog events;

	@MockitoBean
	private EraRepository eras;

	@MockitoBean
	private ActorRepository actors;

	@MockitoBean
	private EventView<EventRepresentation> representations;

	@MockitoBean
	private EventView<EventExports.Row> rows;

	@BeforeEach
	void anEmptyCatalog() {
		when(events.find(any(), any(), eq(representations))).thenReturn(Page.empty());
		when(events.findAll(any(), any(), eq(rows))).thenReturn(List.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/*", "application/json",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" })
	void aWildcardOrJsonGetsTheJsonPage(String accept) throws Exception {
		mvc.perform(get("/events").header(HttpHeaders.ACCEPT, accept))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		verify(events).find(any(), any(), eq(representations));
		verify(events, never()).findAll(any(), any(), eq(rows));
	}

	@ParameterizedTest
	@CsvSource({ "format=csv, application/json, text/csv;charset=UTF-8",
			"format=geojson, application/json, application/geo+json",
			"format=timelinejs, '*/*', application/vnd.timelinejs+json",
			"'', text/csv, text/csv;charset=UTF-8", "'', application/geo+json, application/geo+json",
			"'', 'application/geo+json;q=0.5, text/csv', text/csv;charset=UTF-8" })
	void anExportIsAskedForByFormatFirstThenByAccept(String query, String accept, String answered)
			throws Exception {
		mvc.perform(get("/events?" + query).header(HttpHeaders.ACCEPT, accept))
			.andExpect(status().isOk())
			.andExpect(content().contentType(answered));
		verify(events).findAll(any(), any(), eq(rows));
		verify(events, never()).find(any(), any(), eq(representations));
	}

	@Test
	void aRepresentationTheListDoesNotHaveIsA406ThatVariesByAccept() throws Exception {
		mvc.perform(get("/events").header(HttpHeaders.ACCEPT, "application/xml"))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.VARY, containsString(HttpHeaders.ACCEPT)))
			.andExpect(jsonPath("$.detail", containsString(
					"available: application/json, application/geo+json, application/vnd.timelinejs+json, text/csv.")));
		verify(events, never()).find(any(), any(), any());
		verify(events, never()).findAll(any(), any(), any());
	}

}
