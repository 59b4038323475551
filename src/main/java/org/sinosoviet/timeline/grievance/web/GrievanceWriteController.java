package org.sinosoviet.timeline.grievance.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceDraft;
import org.sinosoviet.timeline.grievance.GrievanceEditor;
import org.sinosoviet.timeline.curation.web.CuratedWrites;
import org.sinosoviet.timeline.web.RequestBodies;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class GrievanceWriteController {

	private final GrievanceEditor editor;

	private final GrievanceController reads;

	private final CuratedWrites writes;

	private final CuratedWrites.Resource<GrievanceInput, GrievanceDraft, Grievance> resource;

	GrievanceWriteController(GrievanceEditor editor, GrievanceController reads, CuratedWrites writes) {
		this.editor = editor;
		this.reads = reads;
		this.writes = writes;
		this.resource = new CuratedWrites.Resource<>(GrievanceInput.class, GrievanceInput::slug, GrievanceInput::from,
				GrievanceInput::toDraft, editor);
	}

	@PostMapping(value = "/grievances", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createGrievance", summary = "Create a grievance", description = "Answers 201 with the grievance and its `Location`.")
	ResponseEntity<GrievanceDetail> create(@RequestBody GrievanceInput input, HttpServletRequest request) {
		GrievanceDetail created = writes.create(resource, input, grievance -> reads.detailOf(grievance, request));
		return ResponseEntity.created(URI.create("/grievances/" + input.slug())).body(created);
	}

	@PutMapping(value = "/grievances/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceGrievance", summary = "Replace a grievance", description = "Needs `If-Match` with the grievance's ETag.")
	GrievanceDetail replace(@Parameter(example = "border-dispute") @PathVariable String slug,
			@RequestBody GrievanceInput input, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.replace(resource, slug, input, ifMatch, grievance -> reads.detailOf(grievance, request));
	}

	@PatchMapping(value = "/grievances/{slug}", consumes = RequestBodies.MERGE_PATCH)
	@Operation(operationId = "patchGrievance", summary = "Change part of a grievance", description = "A JSON Merge Patch; needs `If-Match`.")
	GrievanceDetail patch(@Parameter(example = "border-dispute") @PathVariable String slug, @RequestBody JsonNode patch,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.patch(resource, slug, patch, ifMatch, grievance -> reads.detailOf(grievance, request));
	}

	@DeleteMapping("/grievances/{slug}")
	@Operation(operationId = "deleteGrievance", summary = "Delete a grievance", description = "Needs `If-Match`; 409 while events give evidence "
			+ "of it.")
	ResponseEntity<Void> delete(@Parameter(example = "border-dispute") @PathVariable String slug,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		writes.delete(resource, slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
