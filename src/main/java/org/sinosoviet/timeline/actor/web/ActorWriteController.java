package org.sinosoviet.timeline.actor.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorDraft;
import org.sinosoviet.timeline.actor.ActorEditor;
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
class ActorWriteController {

	private final ActorEditor editor;

	private final ActorController reads;

	private final CuratedWrites writes;

	private final CuratedWrites.Resource<ActorInput, ActorDraft, Actor> resource;

	ActorWriteController(ActorEditor editor, ActorController reads, CuratedWrites writes) {
		this.editor = editor;
		this.reads = reads;
		this.writes = writes;
		this.resource = new CuratedWrites.Resource<>(ActorInput.class, ActorInput::slug, ActorInput::from,
				ActorInput::toDraft, editor);
	}

	@PostMapping(value = "/actors", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createActor", summary = "Create an actor", description = "Answers 201 with the actor and its `Location`.")
	ResponseEntity<ActorDetail> create(@RequestBody ActorInput input, HttpServletRequest request) {
		ActorDetail created = writes.create(resource, input, actor -> reads.detailOf(actor, request));
		return ResponseEntity.created(URI.create("/actors/" + input.slug())).body(created);
	}

	@PutMapping(value = "/actors/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceActor", summary = "Replace an actor", description = "Needs `If-Match` with the actor's ETag.")
	ActorDetail replace(@Parameter(example = "deng-xiaoping") @PathVariable String slug,
			@RequestBody ActorInput input, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.replace(resource, slug, input, ifMatch, actor -> reads.detailOf(actor, request));
	}

	@PatchMapping(value = "/actors/{slug}", consumes = RequestBodies.MERGE_PATCH)
	@Operation(operationId = "patchActor", summary = "Change part of an actor", description = "A JSON Merge Patch; needs `If-Match`.")
	ActorDetail patch(@Parameter(example = "deng-xiaoping") @PathVariable String slug, @RequestBody JsonNode patch,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.patch(resource, slug, patch, ifMatch, actor -> reads.detailOf(actor, request));
	}

	@DeleteMapping("/actors/{slug}")
	@Operation(operationId = "deleteActor", summary = "Delete an actor", description = "Needs `If-Match`; 409 while the actor takes part in "
			+ "an event or leads an era.")
	ResponseEntity<Void> delete(@Parameter(example = "deng-xiaoping") @PathVariable String slug,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		writes.delete(resource, slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
