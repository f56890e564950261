// Generated from the Entraide API's OpenAPI document by `npm run generate -w @entraide/client`. Do not edit.
export interface paths {
    "/api/auth/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys that verify staff tokens (JWKS) */
        get: operations["getSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: a token to send as Authorization: Bearer
         * @description Repeated failures slow down, then lock, the address and the username from that address (429 with Retry-After); see docs/security.md.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, their role, regions and rights
         * @description Any signed-in caller may ask; `permissions` lists the `x-permission` scopes of this document that the caller holds, and `pii:read` when they see personal data in clear.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API and its table answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aid-distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List aid-distributions */
        get: operations["listAidDistributions"];
        put?: never;
        /** Create a aid distribution */
        post: operations["createAidDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aid-distributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a aid distribution */
        get: operations["getAidDistribution"];
        put?: never;
        post?: never;
        /**
         * Delete a aid distribution
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteAidDistribution"];
        options?: never;
        head?: never;
        /**
         * Change a aid distribution
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateAidDistribution"];
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Make an API key for a partner app
         * @description `scopes`: what the key may do, e.g. `centers:read`, `beneficiaries:write`, `pii:read` (unknown scopes are refused). `regions` limits it to those regions. The key itself is in this answer only.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an API key (never the key itself) */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key (as POST …/revoke)
         * @description The record stays, revoked, for the audit trail.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, when, from which request
         * @description Oldest first. Give `entityId` (one record's history), `actor` (`user:<username>`, `key:<id>`, `system`) or `entity` (a kind: CENTER, BENEFICIARY…); the others filter. National IDs and phones are masked in `before` and `after`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List beneficiaries */
        get: operations["listBeneficiaries"];
        put?: never;
        /** Create a beneficiary */
        post: operations["createBeneficiary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beneficiaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a beneficiary */
        get: operations["getBeneficiary"];
        put?: never;
        post?: never;
        /**
         * Delete a beneficiary
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteBeneficiary"];
        options?: never;
        head?: never;
        /**
         * Change a beneficiary
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateBeneficiary"];
        trace?: never;
    };
    "/api/v1/beneficiaries/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Probable duplicates of a beneficiary
         * @description Other beneficiaries born the same day, of the same sex, whose names match across spellings and scripts (محمد العلوي ≈ Mohamed Alaoui ≈ Mohammed El Alaoui), with a score from 0 to 1 (≥ 0.85) and its reasons, best first. Found by one index query (birth date + sex), never a scan. Only records of the caller's regions are listed.
         */
        get: operations["listBeneficiaryDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List centers */
        get: operations["listCenters"];
        put?: never;
        /** Create a center */
        post: operations["createCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a center */
        get: operations["getCenter"];
        put?: never;
        post?: never;
        /**
         * Delete a center
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteCenter"];
        options?: never;
        head?: never;
        /**
         * Change a center
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateCenter"];
        trace?: never;
    };
    "/api/v1/cooperatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cooperatives */
        get: operations["listCooperatives"];
        put?: never;
        /** Create a cooperative */
        post: operations["createCooperative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperatives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a cooperative */
        get: operations["getCooperative"];
        put?: never;
        post?: never;
        /**
         * Delete a cooperative
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteCooperative"];
        options?: never;
        head?: never;
        /**
         * Change a cooperative
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateCooperative"];
        trace?: never;
    };
    "/api/v1/cooperatives/{id}/exhibitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exhibitions this cooperative took part in, oldest first */
        get: operations["listCooperativeExhibitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperatives/{id}/hostings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The marketplace spaces that host or hosted this cooperative */
        get: operations["listCooperativeHostings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enrollments */
        get: operations["listEnrollments"];
        put?: never;
        /** Create a enrollment */
        post: operations["createEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a enrollment */
        get: operations["getEnrollment"];
        put?: never;
        post?: never;
        /**
         * Delete a enrollment
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteEnrollment"];
        options?: never;
        head?: never;
        /**
         * Change a enrollment
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateEnrollment"];
        trace?: never;
    };
    "/api/v1/exhibitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List exhibitions */
        get: operations["listExhibitions"];
        put?: never;
        /** Create a exhibition */
        post: operations["createExhibition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exhibitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a exhibition */
        get: operations["getExhibition"];
        put?: never;
        post?: never;
        /**
         * Delete a exhibition
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteExhibition"];
        options?: never;
        head?: never;
        /**
         * Change a exhibition
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateExhibition"];
        trace?: never;
    };
    "/api/v1/exhibitions/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cooperatives taking part in this exhibition */
        get: operations["listExhibitionParticipants"];
        put?: never;
        /** Add a participating cooperative (once per exhibition) */
        post: operations["createExhibitionParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exhibitions/{id}/participants/{cooperativeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a participation */
        get: operations["getExhibitionParticipant"];
        put?: never;
        post?: never;
        /**
         * Delete a participation
         * @description `If-Match` is required.
         */
        delete: operations["deleteExhibitionParticipant"];
        options?: never;
        head?: never;
        /**
         * Change a participation
         * @description A JSON merge patch; `If-Match` is required.
         */
        patch: operations["updateExhibitionParticipant"];
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bilan's exports, newest first
         * @description `url` downloads the file: through this API in `npm start`, a presigned link valid 5 minutes in AWS.
         */
        get: operations["listExports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an export */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List grants */
        get: operations["listGrants"];
        put?: never;
        /** Create a grant */
        post: operations["createGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a grant */
        get: operations["getGrant"];
        put?: never;
        post?: never;
        /**
         * Delete a grant
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteGrant"];
        options?: never;
        head?: never;
        /**
         * Change a grant
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateGrant"];
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Past imports
         * @description Newest first. Staff limited to regions see the imports they made.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Start an import
         * @description Records the import and answers where to PUT the file (≤ 50 MB, ≤ 200,000 rows). Then `POST …/validate` runs the dry run.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's status, progress and counts */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the records of the valid rows
         * @description Creates the valid rows (and the probable duplicates if asked), never a duplicate. Committing again, or twice at once, creates nothing twice.
         */
        post: operations["commitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the file of an import (npm start; in AWS the uploadUrl is a presigned S3 PUT) */
        put: operations["uploadImportFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report: the file's rows with outcome, message and record id
         * @description Formula-like cells are neutralised (leading apostrophe). National IDs and phones are masked without `pii:read` on the row's region.
         */
        get: operations["getImportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows of an import, by outcome */
        get: operations["listImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the dry run
         * @description Checks every row without creating anything; follow `GET /api/v1/imports/{id}` until `validated` (or `failed`).
         */
        post: operations["validateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{registry}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template to fill: headers, one example row, and (XLSX) a sheet of allowed values */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The years that have a bilan, newest first
         * @description Each year's latest snapshot without its figures: whether it is provisional or frozen, when and by which run it was computed.
         */
        get: operations["listBilanYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest bilan of a year
         * @description Figures named by key, breakdowns, and the sources not available yet (their figures are 0). A closed year's bilan is frozen.
         */
        get: operations["getBilan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{year}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute a year's bilan now
         * @description Answers at once (202) and computes in the background: follow `statusUrl`. In `npm start` the run goes on in the server's process; in AWS the recorded run starts the job function (through the table's stream). 409 when the year is closed (frozen).
         */
        post: operations["startBilanRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{year}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a run */
        get: operations["getBilanRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace-spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List marketplace-spaces */
        get: operations["listMarketplaceSpaces"];
        put?: never;
        /** Create a marketplace space */
        post: operations["createMarketplaceSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace-spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a marketplace space */
        get: operations["getMarketplaceSpace"];
        put?: never;
        post?: never;
        /**
         * Delete a marketplace space
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteMarketplaceSpace"];
        options?: never;
        head?: never;
        /**
         * Change a marketplace space
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateMarketplaceSpace"];
        trace?: never;
    };
    "/api/v1/marketplace-spaces/{id}/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cooperatives this space hosts (current=true) or hosted */
        get: operations["listMarketplaceSpaceHosts"];
        put?: never;
        /**
         * Host one more cooperative
         * @description Takes a stall until the hosting is ended. 409 when every stall is taken or the cooperative is hosted here already.
         */
        post: operations["createMarketplaceSpaceHost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace-spaces/{id}/hosts/{hostId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a hosting */
        get: operations["getMarketplaceSpaceHost"];
        put?: never;
        post?: never;
        /** Delete a hosting recorded by mistake */
        delete: operations["deleteMarketplaceSpaceHost"];
        options?: never;
        head?: never;
        /** End a hosting (frees its stall) */
        patch: operations["updateMarketplaceSpaceHost"];
        trace?: never;
    };
    "/api/v1/program-supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List program-supports */
        get: operations["listProgramSupports"];
        put?: never;
        /** Create a program support */
        post: operations["createProgramSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/program-supports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a program support */
        get: operations["getProgramSupport"];
        put?: never;
        post?: never;
        /**
         * Delete a program support
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteProgramSupport"];
        options?: never;
        head?: never;
        /**
         * Change a program support
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateProgramSupport"];
        trace?: never;
    };
    "/api/v1/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions with their prefectures and provinces */
        get: operations["listTerritories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prefectures and provinces, optionally of one region */
        get: operations["listProvinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vigilance-cells": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vigilance-cells */
        get: operations["listVigilanceCells"];
        put?: never;
        /** Create a vigilance cell */
        post: operations["createVigilanceCell"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vigilance-cells/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a vigilance cell */
        get: operations["getVigilanceCell"];
        put?: never;
        post?: never;
        /**
         * Delete a vigilance cell
         * @description Refused with 409 while other records reference it. `If-Match` is required, as for a change: a delete never removes a version you have not seen.
         */
        delete: operations["deleteVigilanceCell"];
        options?: never;
        head?: never;
        /**
         * Change a vigilance cell
         * @description A JSON merge patch: send only the fields to change; `null` removes an optional field. `If-Match` is required.
         */
        patch: operations["updateVigilanceCell"];
        trace?: never;
    };
    "/api/v1/vigilance-cells/{id}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alerts of this cell (filter by status) */
        get: operations["listVigilanceCellAlerts"];
        put?: never;
        /** Report an alert */
        post: operations["createVigilanceCellAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vigilance-cells/{id}/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a alert */
        get: operations["getVigilanceCellAlert"];
        put?: never;
        post?: never;
        /**
         * Delete a alert
         * @description `If-Match` is required.
         */
        delete: operations["deleteVigilanceCellAlert"];
        options?: never;
        head?: never;
        /**
         * Change a alert
         * @description A JSON merge patch; `If-Match` is required.
         */
        patch: operations["updateVigilanceCellAlert"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AidDistribution: {
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            description: string;
            id: string;
            /** @enum {string} */
            kind: "food" | "customs_goods" | "equipment";
            quantity: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description Dirhams (MAD), at most 2 decimal places */
            valueMad: number;
            version: number;
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt?: string;
            id: string;
            /** Format: date-time */
            lastUsedAt?: string;
            name: string;
            regions?: string[];
            /** Format: date-time */
            revokedAt?: string;
            scopes: string[];
        };
        AuditEvent: {
            /** @enum {string} */
            action: "create" | "update" | "delete";
            actor: string;
            after?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
            before?: {
                [key: string]: unknown;
            };
            changedFields: string[];
            entity: string;
            entityId: string;
            id: string;
            requestId?: string;
        };
        Beneficiary: {
            /** @enum {string} */
            areaType: "urban" | "semi_urban" | "rural";
            /** @description YYYY-MM-DD, or the year alone for pseudonymised callers */
            birthDate: string;
            categories: ("woman" | "child" | "disability" | "elderly")[];
            /** @enum {boolean} */
            consentGiven: true;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            disabilityType?: "motor" | "visual" | "hearing" | "mental" | "multiple";
            firstName: string;
            id: string;
            lastName: string;
            /** @description The CIN, or masked (`BK****56`) without `pii:read` */
            nationalId?: string;
            /** @description The phone, or masked (`06******78`) without `pii:read` */
            phone?: string;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            /** @enum {string} */
            sex: "female" | "male";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Bilan: {
            breakdowns: {
                "aid.recipientsByKind": {
                    [key: string]: number;
                };
                "aid.valueMadByKind": {
                    [key: string]: number;
                };
                "beneficiaries.byAgeBand": {
                    [key: string]: number;
                };
                "beneficiaries.byAreaType": {
                    [key: string]: number;
                };
                "beneficiaries.byCategory": {
                    [key: string]: number;
                };
                "beneficiaries.byDisabilityType": {
                    [key: string]: number;
                };
                "beneficiaries.byRegion": {
                    [key: string]: number;
                };
                "beneficiaries.bySex": {
                    [key: string]: number;
                };
                "centers.byAreaType": {
                    [key: string]: number;
                };
                "centers.byRegion": {
                    [key: string]: number;
                };
                "centers.byType": {
                    [key: string]: number;
                };
                "vigilanceAlerts.byKind": {
                    [key: string]: number;
                };
            };
            /** Format: date-time */
            computedAt: string;
            exports: string[];
            frozen: boolean;
            missingSources: {
                entity: string;
                keys: string[];
                module: string;
            }[];
            /** @description The run that computed it */
            runId?: string;
            /** @description Names the snapshot and its exports: `closing`, `nightly-<date>` or `run-<id>` */
            runKey: string;
            sourceCounts: {
                [key: string]: number;
            };
            values: {
                "aid.customsGoodsRecipients": number;
                "aid.foodRecipientsWithDisability": number;
                "aid.valueMad": number;
                "beneficiaries.served": number;
                "beneficiaries.servedRuralOrSemiUrbanShare": number;
                "centers.active": number;
                "centers.ruralOrSemiUrbanShare": number;
                "cooperatives.createdByGraduates": number;
                "cooperatives.supported": number;
                "exhibitions.held": number;
                "facs.amountMad": number;
                "facs.incomeGeneratingBeneficiaries": number;
                "marketplaceSpaces.cooperativesHosted": number;
                "marketplaceSpaces.opened": number;
                "socialCare.institutionsSupported": number;
                "vigilanceCells.active": number;
            };
            year: number;
        };
        BilanRun: {
            /** Format: date-time */
            finishedAt?: string;
            message?: string;
            progress?: {
                pass: number;
                read: number;
            };
            /** Format: date-time */
            requestedAt: string;
            runId: string;
            runKey: string;
            snapshotId?: string;
            /** Format: date-time */
            startedAt?: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "skipped" | "failed";
            /** @enum {string} */
            trigger: "nightly" | "closing" | "manual";
            year: number;
        };
        BilanRunStarted: {
            runId: string;
            status: string;
            statusUrl: string;
        };
        BilanYear: {
            /** Format: date-time */
            computedAt: string;
            runId?: string;
            runKey: string;
            snapshotId: string;
            /**
             * @description `provisional`: recomputed each night; `frozen`: closed on 5 January by its closing run
             * @enum {string}
             */
            status: "provisional" | "frozen";
            year: number;
        };
        Center: {
            /** @enum {string} */
            areaType: "urban" | "semi_urban" | "rural";
            capacity: number;
            /** Format: date */
            closedOn?: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            location?: {
                lat: number;
                lng: number;
            };
            managedBy?: string;
            name: string;
            /** Format: date */
            openedOn: string;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            /** @enum {string} */
            status: "active" | "suspended" | "closed";
            /** @enum {string} */
            type: "education_training" | "kindergarten" | "social_protection" | "disability" | "women" | "apprenticeship" | "proximity";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Cooperative: {
            /** Format: date-time */
            createdAt: string;
            foundedByGraduates: boolean;
            /** Format: date */
            foundedOn: string;
            id: string;
            /** @enum {string} */
            kind: "cooperative" | "association";
            members: number;
            name: string;
            originCenterId?: string;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            /** @enum {string} */
            sector: "textile" | "crafts" | "agrifood" | "services" | "other";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CreatedImport: components["schemas"]["Import"] & {
            /** @description PUT the file's bytes here: this API's own route under npm start, a presigned S3 URL (15 minutes) in AWS */
            uploadUrl: string;
        };
        Enrollment: {
            beneficiaryId: string;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endDate?: string;
            id: string;
            /** @enum {string} */
            service: "training" | "preschool" | "residential_care" | "day_care" | "literacy" | "rehabilitation" | "counseling";
            /** Format: date */
            startDate: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Error: {
            error: {
                code: string;
                issues: {
                    message: string;
                    path: string;
                }[];
                message: string;
            };
        };
        Exhibition: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endDate: string;
            id: string;
            name: string;
            participantCount?: number;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            /** @enum {string} */
            scope: "local" | "regional" | "national" | "international";
            /** Format: date */
            startDate: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ExhibitionParticipation: {
            cooperativeId: string;
            /** Format: date-time */
            createdAt: string;
            exhibitionId: string;
            /** Format: date */
            exhibitionStartDate: string;
            id: string;
            /** @description Dirhams (MAD), at most 2 decimal places */
            salesMad?: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Export: {
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            format: "csv" | "xlsx" | "json";
            id: string;
            size: number;
            url: string;
            year: number;
        };
        Grant: {
            activity: string;
            /** @description Dirhams (MAD), at most 2 decimal places */
            amountMad: number;
            /** Format: date */
            awardedOn: string;
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            status: "awarded" | "disbursed" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Health: {
            /**
             * @description `npm start` only: `loading` while the first start writes the demo data and its bilan, then `ready`
             * @enum {string}
             */
            demoData?: "loading" | "ready";
            /** @enum {string} */
            status: "ok";
        };
        Hosting: {
            cooperativeId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            from: string;
            id: string;
            spaceId: string;
            /** Format: date */
            to?: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Import: {
            counts: components["schemas"]["ImportCounts"];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            createProbableDuplicates?: boolean;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            id: string;
            /** @description Why the file was refused (status failed), in the asked language */
            problem?: {
                code: string;
                message: string;
            };
            progress: {
                done: number;
                total: number;
            };
            /** @enum {string} */
            registry: "beneficiaries" | "enrollments" | "centers" | "cooperatives";
            /** @enum {string} */
            status: "awaiting_file" | "validating" | "validated" | "committing" | "committed" | "failed";
            /** @description Columns of the file that were not imported (reported once) */
            unknownColumns: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        ImportCounts: {
            created: number;
            duplicates: number;
            invalid: number;
            probableDuplicates: number;
            rows: number;
            skipped: number;
            valid: number;
        };
        ImportMatch: {
            reasons: string[];
            recordId: string;
            score: number;
        };
        ImportRow: {
            issues: {
                column: string;
                message: string;
            }[];
            /** @description Existing records this row duplicates (exact: score 1, or probable) */
            matches: components["schemas"]["ImportMatch"][];
            /** @enum {string} */
            outcome: "valid" | "invalid" | "duplicate" | "probable_duplicate" | "created" | "skipped";
            /** @description The record the commit created */
            recordId?: string;
            /** @description The spreadsheet's row number (the header is row 1) */
            row: number;
        };
        MarketplaceSpace: {
            /** Format: date-time */
            createdAt: string;
            hostsActive?: number;
            id: string;
            name: string;
            /** Format: date */
            openedOn: string;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            stalls: number;
            /** @enum {string} */
            status: "active" | "closed";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Me: {
            /**
             * @description Every right the caller has, as routes name them in x-permission
             * @example [
             *       "centers:read",
             *       "centers:write"
             *     ]
             */
            permissions: string[];
            /** @description Beneficiaries reach this caller pseudonymised: initials, birth year, masked identifiers */
            pseudonymous: boolean;
            /**
             * @description Where the caller's rights apply: every region, or these
             * @example [
             *       "MA-06"
             *     ]
             */
            regions: "all" | ("MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12")[];
            /**
             * @description admin, regional, finance (staff), api-key (partner apps); none without any known group
             * @example regional
             */
            role: string;
            user: {
                /**
                 * @description The username of staff, the key's id for partner apps
                 * @example officer-ma06
                 */
                id: string;
                /** @enum {string} */
                kind: "user" | "apiKey";
                /** @description What to show: the username, or the key's name */
                name: string;
            };
        };
        NewApiKey: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt?: string;
            id: string;
            /** @description The key: shown this once, keep it secret */
            key: string;
            /** Format: date-time */
            lastUsedAt?: string;
            name: string;
            regions?: string[];
            /** Format: date-time */
            revokedAt?: string;
            scopes: string[];
        };
        ProbableDuplicate: {
            /** @description Why, as stable codes (labels in Arabic and French in the console) */
            reasons: ("same_national_id" | "same_birth_date" | "same_sex" | "first_name_same" | "first_name_variant" | "first_name_across_scripts" | "first_name_similar" | "last_name_same" | "last_name_variant" | "last_name_across_scripts" | "last_name_similar" | "names_swapped" | "national_id_differs")[];
            recordId: string;
            score: number;
        };
        ProgramSupport: {
            /** @description Dirhams (MAD), at most 2 decimal places */
            amountMad: number;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            note?: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            year: number;
        };
        Province: components["schemas"]["Region"] & {
            /** @enum {string} */
            kind: "prefecture" | "province";
            regionCode: string;
        };
        Region: {
            code: string;
            nameAr: string;
            nameFr: string;
        };
        Session: {
            /** @description Seconds the token stays valid */
            expiresIn: number;
            token: string;
        };
        VigilanceAlert: {
            cellId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            description: string;
            id: string;
            /** @enum {string} */
            kind: "homelessness" | "cold_wave" | "abuse" | "abandonment" | "other";
            referredCenterId?: string;
            /** @enum {string} */
            status: "open" | "referred" | "closed";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        VigilanceCell: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dissolvedOn?: string;
            /** Format: date */
            establishedOn: string;
            id: string;
            members: number;
            /** @enum {string} */
            provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
            /** @enum {string} */
            regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The methods this path answers */
        Allow: string;
        /** @description The record's version, quoted: send it back as If-Match (`"3"`) */
        ETag: string;
        /** @description Where the new record is read */
        Location: string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
        /** @description How to sign in: `Bearer realm="entraide"` */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {}
                     *       ]
                     *     }
                     */
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description To the identity provider's key set */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "text",
                 *       "password": "text"
                 *     }
                 */
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "text",
                     *       "expiresIn": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed attempts from this address: wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    /** @description no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "officer-ma06",
                     *         "kind": "user",
                     *         "name": "Centre social Hay Mohammadi"
                     *       },
                     *       "role": "regional",
                     *       "regions": [
                     *         "MA-06"
                     *       ],
                     *       "permissions": [
                     *         "centers:read",
                     *         "centers:write"
                     *       ],
                     *       "pseudonymous": true
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The table does not answer yet */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAidDistributions: {
        parameters: {
            query?: {
                beneficiaryId?: string;
                cursor?: string;
                kind?: "food" | "customs_goods" | "equipment";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of aid-distributions; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "kind": "food",
                     *           "date": "2024-03-05",
                     *           "description": "text",
                     *           "quantity": 1,
                     *           "valueMad": 1,
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AidDistribution"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAidDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "kind": "food",
                 *       "date": "2024-03-05",
                 *       "description": "text",
                 *       "quantity": 1,
                 *       "valueMad": 1
                 *     }
                 */
                "application/json": {
                    beneficiaryId: string;
                    /** Format: date */
                    date: string;
                    description: string;
                    /** @enum {string} */
                    kind: "food" | "customs_goods" | "equipment";
                    quantity: number;
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    valueMad: number;
                };
            };
        };
        responses: {
            /** @description The new aid distribution */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "kind": "food",
                     *       "date": "2024-03-05",
                     *       "description": "text",
                     *       "quantity": 1,
                     *       "valueMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AidDistribution"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAidDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aid distribution */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "kind": "food",
                     *       "date": "2024-03-05",
                     *       "description": "text",
                     *       "quantity": 1,
                     *       "valueMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AidDistribution"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAidDistribution: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAidDistribution: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "food",
                 *       "date": "2024-03-05",
                 *       "description": "text",
                 *       "quantity": 1,
                 *       "valueMad": 1
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    date?: string;
                    description?: string;
                    /** @enum {string} */
                    kind?: "food" | "customs_goods" | "equipment";
                    quantity?: number;
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    valueMad?: number;
                };
            };
        };
        responses: {
            /** @description The changed aid distribution */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "kind": "food",
                     *       "date": "2024-03-05",
                     *       "description": "text",
                     *       "quantity": 1,
                     *       "valueMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AidDistribution"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "name": "Centre social Hay Mohammadi",
                     *           "scopes": [
                     *             "text"
                     *           ],
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "createdBy": "text"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "scopes": [
                 *         "text"
                 *       ],
                 *       "regions": [
                 *         "MA-01"
                 *       ],
                 *       "expiresAt": "2024-03-05T10:00:00.000Z"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string;
                    name: string;
                    regions?: ("MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12")[];
                    scopes: ("aid-distributions:read" | "aid-distributions:write" | "audit-events:read" | "beneficiaries:read" | "beneficiaries:write" | "centers:read" | "centers:write" | "cooperatives:read" | "cooperatives:write" | "enrollments:read" | "enrollments:write" | "exhibitions:read" | "exhibitions:write" | "exports:read" | "grants:read" | "grants:write" | "imports:read" | "imports:write" | "indicators:read" | "indicators:write" | "marketplace-spaces:read" | "marketplace-spaces:write" | "pii:read" | "program-supports:read" | "program-supports:write" | "territories:read" | "vigilance-cells:read" | "vigilance-cells:write")[];
                };
            };
        };
        responses: {
            /** @description The key */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scopes": [
                     *         "text"
                     *       ],
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "createdBy": "text",
                     *       "key": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description Invalid body or unknown scope */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key's record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scopes": [
                     *         "text"
                     *       ],
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "createdBy": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scopes": [
                     *         "text"
                     *       ],
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "createdBy": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actor?: string;
                cursor?: string;
                entity?: string;
                entityId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "at": "2024-03-05T10:00:00.000Z",
                     *           "actor": "text",
                     *           "entity": "text",
                     *           "entityId": "text",
                     *           "action": "create",
                     *           "changedFields": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No filter, or an invalid one */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBeneficiaries: {
        parameters: {
            query?: {
                category?: "woman" | "child" | "disability" | "elderly";
                cursor?: string;
                limit?: number;
                nationalId?: string;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                sex?: "female" | "male";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of beneficiaries; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "firstName": "text",
                     *           "lastName": "text",
                     *           "sex": "female",
                     *           "birthDate": "2024-03-05",
                     *           "categories": [
                     *             "woman"
                     *           ],
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "areaType": "urban",
                     *           "consentGiven": true,
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Beneficiary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createBeneficiary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "nationalId": "BK123456",
                 *       "firstName": "text",
                 *       "lastName": "text",
                 *       "sex": "female",
                 *       "birthDate": "2024-03-05",
                 *       "categories": [
                 *         "woman"
                 *       ],
                 *       "disabilityType": "motor",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "areaType": "urban",
                 *       "phone": "0612345678",
                 *       "consentGiven": true
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    areaType: "urban" | "semi_urban" | "rural";
                    /** Format: date */
                    birthDate: string;
                    categories: ("woman" | "child" | "disability" | "elderly")[];
                    /** @enum {boolean} */
                    consentGiven: true;
                    /** @enum {string} */
                    disabilityType?: "motor" | "visual" | "hearing" | "mental" | "multiple";
                    firstName: string;
                    lastName: string;
                    nationalId?: string;
                    phone?: string;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    sex: "female" | "male";
                };
            };
        };
        responses: {
            /** @description The new beneficiary */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "firstName": "text",
                     *       "lastName": "text",
                     *       "sex": "female",
                     *       "birthDate": "2024-03-05",
                     *       "categories": [
                     *         "woman"
                     *       ],
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "consentGiven": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Beneficiary"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBeneficiary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The beneficiary */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "firstName": "text",
                     *       "lastName": "text",
                     *       "sex": "female",
                     *       "birthDate": "2024-03-05",
                     *       "categories": [
                     *         "woman"
                     *       ],
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "consentGiven": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Beneficiary"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBeneficiary: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateBeneficiary: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "nationalId": "BK123456",
                 *       "firstName": "text",
                 *       "lastName": "text",
                 *       "sex": "female",
                 *       "birthDate": "2024-03-05",
                 *       "categories": [
                 *         "woman"
                 *       ],
                 *       "disabilityType": "motor",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "areaType": "urban",
                 *       "phone": "0612345678",
                 *       "consentGiven": true
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    areaType?: "urban" | "semi_urban" | "rural";
                    /** Format: date */
                    birthDate?: string;
                    categories?: ("woman" | "child" | "disability" | "elderly")[];
                    /** @enum {boolean} */
                    consentGiven?: true;
                    /** @enum {string|null} */
                    disabilityType?: "motor" | "visual" | "hearing" | "mental" | "multiple" | null;
                    firstName?: string;
                    lastName?: string;
                    nationalId?: string | null;
                    phone?: string | null;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    sex?: "female" | "male";
                };
            };
        };
        responses: {
            /** @description The changed beneficiary */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "firstName": "text",
                     *       "lastName": "text",
                     *       "sex": "female",
                     *       "birthDate": "2024-03-05",
                     *       "categories": [
                     *         "woman"
                     *       ],
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "consentGiven": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Beneficiary"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBeneficiaryDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The probable duplicates, best first (empty when none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "recordId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "score": 1,
                     *           "reasons": [
                     *             "same_national_id"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ProbableDuplicate"][];
                    };
                };
            };
            /** @description Invalid id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed to read beneficiaries */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such beneficiary */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCenters: {
        parameters: {
            query?: {
                areaType?: "urban" | "semi_urban" | "rural";
                cursor?: string;
                limit?: number;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                status?: "active" | "suspended" | "closed";
                type?: "education_training" | "kindergarten" | "social_protection" | "disability" | "women" | "apprenticeship" | "proximity";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of centers; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Centre social Hay Mohammadi",
                     *           "type": "education_training",
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "areaType": "urban",
                     *           "capacity": 1,
                     *           "status": "active",
                     *           "openedOn": "2024-03-05",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Center"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "type": "education_training",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "areaType": "urban",
                 *       "capacity": 1,
                 *       "status": "active",
                 *       "openedOn": "2024-03-05",
                 *       "closedOn": "2024-03-05",
                 *       "managedBy": "text",
                 *       "location": {
                 *         "lat": 20.7,
                 *         "lng": 1
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    areaType: "urban" | "semi_urban" | "rural";
                    capacity: number;
                    /** Format: date */
                    closedOn?: string;
                    location?: {
                        lat: number;
                        lng: number;
                    };
                    managedBy?: string;
                    name: string;
                    /** Format: date */
                    openedOn: string;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    status: "active" | "suspended" | "closed";
                    /** @enum {string} */
                    type: "education_training" | "kindergarten" | "social_protection" | "disability" | "women" | "apprenticeship" | "proximity";
                };
            };
        };
        responses: {
            /** @description The new center */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "type": "education_training",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "capacity": 1,
                     *       "status": "active",
                     *       "openedOn": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Center"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The center */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "type": "education_training",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "capacity": 1,
                     *       "status": "active",
                     *       "openedOn": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Center"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCenter: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCenter: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "type": "education_training",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "areaType": "urban",
                 *       "capacity": 1,
                 *       "status": "active",
                 *       "openedOn": "2024-03-05",
                 *       "closedOn": "2024-03-05",
                 *       "managedBy": "text",
                 *       "location": {
                 *         "lat": 20.7,
                 *         "lng": 1
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    areaType?: "urban" | "semi_urban" | "rural";
                    capacity?: number;
                    /** Format: date */
                    closedOn?: string | null;
                    location?: {
                        lat: number;
                        lng: number;
                    } | null;
                    managedBy?: string | null;
                    name?: string;
                    /** Format: date */
                    openedOn?: string;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    status?: "active" | "suspended" | "closed";
                    /** @enum {string} */
                    type?: "education_training" | "kindergarten" | "social_protection" | "disability" | "women" | "apprenticeship" | "proximity";
                };
            };
        };
        responses: {
            /** @description The changed center */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "type": "education_training",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "areaType": "urban",
                     *       "capacity": 1,
                     *       "status": "active",
                     *       "openedOn": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Center"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCooperatives: {
        parameters: {
            query?: {
                cursor?: string;
                foundedByGraduates?: "true" | "false";
                kind?: "cooperative" | "association";
                limit?: number;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                sector?: "textile" | "crafts" | "agrifood" | "services" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cooperatives; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Centre social Hay Mohammadi",
                     *           "kind": "cooperative",
                     *           "foundedOn": "2024-03-05",
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "sector": "textile",
                     *           "members": 1,
                     *           "foundedByGraduates": true,
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Cooperative"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCooperative: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "kind": "cooperative",
                 *       "foundedOn": "2024-03-05",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "sector": "textile",
                 *       "members": 1,
                 *       "foundedByGraduates": true,
                 *       "originCenterId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3"
                 *     }
                 */
                "application/json": {
                    foundedByGraduates: boolean;
                    /** Format: date */
                    foundedOn: string;
                    /** @enum {string} */
                    kind: "cooperative" | "association";
                    members: number;
                    name: string;
                    originCenterId?: string;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    sector: "textile" | "crafts" | "agrifood" | "services" | "other";
                };
            };
        };
        responses: {
            /** @description The new cooperative */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "kind": "cooperative",
                     *       "foundedOn": "2024-03-05",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "sector": "textile",
                     *       "members": 1,
                     *       "foundedByGraduates": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperative"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCooperative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cooperative */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "kind": "cooperative",
                     *       "foundedOn": "2024-03-05",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "sector": "textile",
                     *       "members": 1,
                     *       "foundedByGraduates": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperative"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCooperative: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCooperative: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "kind": "cooperative",
                 *       "foundedOn": "2024-03-05",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "sector": "textile",
                 *       "members": 1,
                 *       "foundedByGraduates": true,
                 *       "originCenterId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3"
                 *     }
                 */
                "application/json": {
                    foundedByGraduates?: boolean;
                    /** Format: date */
                    foundedOn?: string;
                    /** @enum {string} */
                    kind?: "cooperative" | "association";
                    members?: number;
                    name?: string;
                    originCenterId?: string | null;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    sector?: "textile" | "crafts" | "agrifood" | "services" | "other";
                };
            };
        };
        responses: {
            /** @description The changed cooperative */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "kind": "cooperative",
                     *       "foundedOn": "2024-03-05",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "sector": "textile",
                     *       "members": 1,
                     *       "foundedByGraduates": true,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperative"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCooperativeExhibitions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of participations with their exhibition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "exhibitionId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "exhibitionStartDate": "2024-03-05",
                     *           "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z",
                     *           "exhibition": {
                     *             "name": "Centre social Hay Mohammadi",
                     *             "scope": "local",
                     *             "regionCode": "MA-01",
                     *             "provinceCode": "MA-CHE",
                     *             "startDate": "2024-03-05",
                     *             "endDate": "2024-03-05",
                     *             "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *             "version": 1,
                     *             "createdAt": "2024-03-05T10:00:00.000Z",
                     *             "updatedAt": "2024-03-05T10:00:00.000Z"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: {
                            cooperativeId: string;
                            /** Format: date-time */
                            createdAt: string;
                            exhibition: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                endDate: string;
                                id: string;
                                name: string;
                                participantCount?: number;
                                /** @enum {string} */
                                provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                                /** @enum {string} */
                                regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                                /** @enum {string} */
                                scope: "local" | "regional" | "national" | "international";
                                /** Format: date */
                                startDate: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            exhibitionId: string;
                            /** Format: date */
                            exhibitionStartDate: string;
                            id: string;
                            /** @description Dirhams (MAD), at most 2 decimal places */
                            salesMad?: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such cooperative */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCooperativeHostings: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hostings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "spaceId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "from": "2024-03-05",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: {
                            cooperativeId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            from: string;
                            id: string;
                            spaceId: string;
                            /** Format: date */
                            to?: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEnrollments: {
        parameters: {
            query?: {
                beneficiaryId?: string;
                centerId?: string;
                cursor?: string;
                limit?: number;
                service?: "training" | "preschool" | "residential_care" | "day_care" | "literacy" | "rehabilitation" | "counseling";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enrollments; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "service": "training",
                     *           "startDate": "2024-03-05",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Enrollment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "service": "training",
                 *       "startDate": "2024-03-05",
                 *       "endDate": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    beneficiaryId: string;
                    centerId: string;
                    /** Format: date */
                    endDate?: string;
                    /** @enum {string} */
                    service: "training" | "preschool" | "residential_care" | "day_care" | "literacy" | "rehabilitation" | "counseling";
                    /** Format: date */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description The new enrollment */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "service": "training",
                     *       "startDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "service": "training",
                     *       "startDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service": "training",
                 *       "startDate": "2024-03-05",
                 *       "endDate": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    endDate?: string | null;
                    /** @enum {string} */
                    service?: "training" | "preschool" | "residential_care" | "day_care" | "literacy" | "rehabilitation" | "counseling";
                    /** Format: date */
                    startDate?: string;
                };
            };
        };
        responses: {
            /** @description The changed enrollment */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "service": "training",
                     *       "startDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExhibitions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                scope?: "local" | "regional" | "national" | "international";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of exhibitions; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Centre social Hay Mohammadi",
                     *           "scope": "local",
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "startDate": "2024-03-05",
                     *           "endDate": "2024-03-05",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Exhibition"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExhibition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "scope": "local",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "startDate": "2024-03-05",
                 *       "endDate": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    endDate: string;
                    name: string;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    scope: "local" | "regional" | "national" | "international";
                    /** Format: date */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description The new exhibition */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scope": "local",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "startDate": "2024-03-05",
                     *       "endDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Exhibition"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExhibition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exhibition */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scope": "local",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "startDate": "2024-03-05",
                     *       "endDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Exhibition"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteExhibition: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateExhibition: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "scope": "local",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "startDate": "2024-03-05",
                 *       "endDate": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    endDate?: string;
                    name?: string;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    /** @enum {string} */
                    scope?: "local" | "regional" | "national" | "international";
                    /** Format: date */
                    startDate?: string;
                };
            };
        };
        responses: {
            /** @description The changed exhibition */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "scope": "local",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "startDate": "2024-03-05",
                     *       "endDate": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Exhibition"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExhibitionParticipants: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of participants; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "exhibitionId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "exhibitionStartDate": "2024-03-05",
                     *           "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ExhibitionParticipation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExhibitionParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "salesMad": 1
                 *     }
                 */
                "application/json": {
                    cooperativeId: string;
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    salesMad?: number;
                };
            };
        };
        responses: {
            /** @description The new participation */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exhibitionId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "exhibitionStartDate": "2024-03-05",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExhibitionParticipation"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The cooperative takes part already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExhibitionParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cooperativeId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participation */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exhibitionId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "exhibitionStartDate": "2024-03-05",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExhibitionParticipation"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteExhibitionParticipant: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                cooperativeId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateExhibitionParticipant: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                cooperativeId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "salesMad": 1
                 *     }
                 */
                "application/json": {
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    salesMad?: number | null;
                };
            };
        };
        responses: {
            /** @description The changed participation */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exhibitionId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "exhibitionStartDate": "2024-03-05",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExhibitionParticipation"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "year": 2024,
                     *           "format": "csv",
                     *           "size": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "url": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Export"][];
                    };
                };
            };
            /** @description Invalid year */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description To the file's presigned link (AWS) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such export */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGrants: {
        parameters: {
            query?: {
                beneficiaryId?: string;
                cursor?: string;
                limit?: number;
                status?: "awarded" | "disbursed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of grants; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "amountMad": 1,
                     *           "awardedOn": "2024-03-05",
                     *           "activity": "text",
                     *           "status": "awarded",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Grant"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGrant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "amountMad": 1,
                 *       "awardedOn": "2024-03-05",
                 *       "activity": "text",
                 *       "status": "awarded"
                 *     }
                 */
                "application/json": {
                    activity: string;
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    amountMad: number;
                    /** Format: date */
                    awardedOn: string;
                    beneficiaryId: string;
                    /** @enum {string} */
                    status: "awarded" | "disbursed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description The new grant */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "amountMad": 1,
                     *       "awardedOn": "2024-03-05",
                     *       "activity": "text",
                     *       "status": "awarded",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "amountMad": 1,
                     *       "awardedOn": "2024-03-05",
                     *       "activity": "text",
                     *       "status": "awarded",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteGrant: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGrant: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amountMad": 1,
                 *       "awardedOn": "2024-03-05",
                 *       "activity": "text",
                 *       "status": "awarded"
                 *     }
                 */
                "application/json": {
                    activity?: string;
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    amountMad?: number;
                    /** Format: date */
                    awardedOn?: string;
                    /** @enum {string} */
                    status?: "awarded" | "disbursed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description The changed grant */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiaryId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "amountMad": 1,
                     *       "awardedOn": "2024-03-05",
                     *       "activity": "text",
                     *       "status": "awarded",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Language of messages; default from Accept-Language, else en */
                lang?: "en" | "fr" | "ar";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "registry": "beneficiaries",
                     *           "format": "csv",
                     *           "fileName": "text",
                     *           "status": "awaiting_file",
                     *           "progress": {
                     *             "done": 1,
                     *             "total": 1
                     *           },
                     *           "counts": {
                     *             "rows": 1,
                     *             "valid": 1,
                     *             "invalid": 1,
                     *             "duplicates": 1,
                     *             "probableDuplicates": 1,
                     *             "created": 1,
                     *             "skipped": 1
                     *           },
                     *           "createdBy": "text",
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z",
                     *           "unknownColumns": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Import"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "registry": "beneficiaries",
                 *       "format": "csv",
                 *       "fileName": "text"
                 *     }
                 */
                "application/json": {
                    fileName: string;
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                    /** @enum {string} */
                    registry: "beneficiaries" | "enrollments" | "centers" | "cooperatives";
                };
            };
        };
        responses: {
            /** @description The import, awaiting its file */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedImport"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: {
                /** @description Language of messages; default from Accept-Language, else en */
                lang?: "en" | "fr" | "ar";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "registry": "beneficiaries",
                     *       "format": "csv",
                     *       "fileName": "text",
                     *       "status": "awaiting_file",
                     *       "progress": {
                     *         "done": 1,
                     *         "total": 1
                     *       },
                     *       "counts": {
                     *         "rows": 1,
                     *         "valid": 1,
                     *         "invalid": 1,
                     *         "duplicates": 1,
                     *         "probableDuplicates": 1,
                     *         "created": 1,
                     *         "skipped": 1
                     *       },
                     *       "createdBy": "text",
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z",
                     *       "unknownColumns": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Invalid id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    commitImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "createProbableDuplicates": false
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Also create the rows found probable duplicates
                     * @default false
                     */
                    createProbableDuplicates?: boolean;
                };
            };
        };
        responses: {
            /** @description The commit started (or is done) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "registry": "beneficiaries",
                     *       "format": "csv",
                     *       "fileName": "text",
                     *       "status": "awaiting_file",
                     *       "progress": {
                     *         "done": 1,
                     *         "total": 1
                     *       },
                     *       "counts": {
                     *         "rows": 1,
                     *         "valid": 1,
                     *         "invalid": 1,
                     *         "duplicates": 1,
                     *         "probableDuplicates": 1,
                     *         "created": 1,
                     *         "skipped": 1
                     *       },
                     *       "createdBy": "text",
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z",
                     *       "unknownColumns": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not validated yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadImportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description The file is kept; POST …/validate next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "registry": "beneficiaries",
                     *       "format": "csv",
                     *       "fileName": "text",
                     *       "status": "awaiting_file",
                     *       "progress": {
                     *         "done": 1,
                     *         "total": 1
                     *       },
                     *       "counts": {
                     *         "rows": 1,
                     *         "valid": 1,
                     *         "invalid": 1,
                     *         "duplicates": 1,
                     *         "probableDuplicates": 1,
                     *         "created": 1,
                     *         "skipped": 1
                     *       },
                     *       "createdBy": "text",
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z",
                     *       "unknownColumns": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Invalid id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The import has its file already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Larger than 50 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportReport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                /** @description Language of messages; default from Accept-Language, else en */
                lang?: "en" | "fr" | "ar";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example Prénom;Nom;Date de naissance;Résultat;Message;Identifiant
                     *     Amina;Alaoui;05/03/1990;created;;01J8Z3K5QW9V2M4N6P8R0T2X4Y
                     */
                    "text/csv": string;
                };
            };
            /** @description In AWS: to the report's presigned link, valid 15 minutes (a Lambda answer can't carry a large file) */
            302: {
                headers: {
                    /** @description The presigned S3 link */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImportRows: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Language of messages; default from Accept-Language, else en */
                lang?: "en" | "fr" | "ar";
                limit?: number;
                outcome?: "valid" | "invalid" | "duplicate" | "probable_duplicate" | "created" | "skipped";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows, in file order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "row": 1,
                     *           "outcome": "valid",
                     *           "issues": [
                     *             {
                     *               "column": "text",
                     *               "message": "text"
                     *             }
                     *           ],
                     *           "matches": [
                     *             {}
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ImportRow"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dry run started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "registry": "beneficiaries",
                     *       "format": "csv",
                     *       "fileName": "text",
                     *       "status": "awaiting_file",
                     *       "progress": {
                     *         "done": 1,
                     *         "total": 1
                     *       },
                     *       "counts": {
                     *         "rows": 1,
                     *         "valid": 1,
                     *         "invalid": 1,
                     *         "duplicates": 1,
                     *         "probableDuplicates": 1,
                     *         "created": 1,
                     *         "skipped": 1
                     *       },
                     *       "createdBy": "text",
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z",
                     *       "unknownColumns": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Invalid id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No file uploaded yet, or already validated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                lang?: "ar" | "fr";
            };
            header?: never;
            path: {
                registry: "beneficiaries" | "enrollments" | "centers" | "cooperatives";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example Prénom;Nom;Date de naissance;Sexe;Consentement
                     *     Amina;Alaoui;05/03/1990;F;oui
                     */
                    "text/csv": string;
                };
            };
            /** @description Unknown registry or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: finance staff and keys without the imports scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBilanYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The years, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "year": 2024,
                     *           "status": "provisional",
                     *           "computedAt": "2024-03-05T10:00:00.000Z",
                     *           "runKey": "text",
                     *           "snapshotId": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["BilanYear"][];
                    };
                };
            };
            /** @description Unknown query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Without the indicators:read right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBilan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest snapshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2024,
                     *       "computedAt": "2024-03-05T10:00:00.000Z",
                     *       "frozen": true,
                     *       "runKey": "text",
                     *       "values": {
                     *         "centers.active": 1,
                     *         "centers.ruralOrSemiUrbanShare": 1,
                     *         "beneficiaries.served": 1,
                     *         "beneficiaries.servedRuralOrSemiUrbanShare": 1,
                     *         "socialCare.institutionsSupported": 1,
                     *         "aid.foodRecipientsWithDisability": 1,
                     *         "aid.customsGoodsRecipients": 1,
                     *         "aid.valueMad": 1,
                     *         "cooperatives.createdByGraduates": 1,
                     *         "cooperatives.supported": 1,
                     *         "exhibitions.held": 1,
                     *         "marketplaceSpaces.opened": 1,
                     *         "marketplaceSpaces.cooperativesHosted": 1,
                     *         "facs.incomeGeneratingBeneficiaries": 1,
                     *         "facs.amountMad": 1,
                     *         "vigilanceCells.active": 1
                     *       },
                     *       "breakdowns": {
                     *         "centers.byType": {},
                     *         "centers.byRegion": {},
                     *         "centers.byAreaType": {},
                     *         "beneficiaries.byCategory": {},
                     *         "beneficiaries.bySex": {},
                     *         "beneficiaries.byAgeBand": {},
                     *         "beneficiaries.byDisabilityType": {},
                     *         "beneficiaries.byRegion": {},
                     *         "beneficiaries.byAreaType": {},
                     *         "aid.recipientsByKind": {},
                     *         "aid.valueMadByKind": {},
                     *         "vigilanceAlerts.byKind": {}
                     *       },
                     *       "sourceCounts": {},
                     *       "missingSources": [
                     *         {
                     *           "entity": "text",
                     *           "module": "text",
                     *           "keys": [
                     *             "text"
                     *           ]
                     *         }
                     *       ],
                     *       "exports": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Bilan"];
                };
            };
            /** @description Invalid year */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not computed yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startBilanRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "text",
                     *       "status": "text",
                     *       "statusUrl": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["BilanRunStarted"];
                };
            };
            /** @description Invalid year */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The year is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBilanRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run: queued, running, succeeded, skipped or failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "text",
                     *       "year": 2024,
                     *       "trigger": "nightly",
                     *       "runKey": "text",
                     *       "status": "queued",
                     *       "requestedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BilanRun"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketplaceSpaces: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                status?: "active" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of marketplace-spaces; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Centre social Hay Mohammadi",
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "openedOn": "2024-03-05",
                     *           "stalls": 1,
                     *           "status": "active",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["MarketplaceSpace"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMarketplaceSpace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "openedOn": "2024-03-05",
                 *       "stalls": 1,
                 *       "status": "active"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** Format: date */
                    openedOn: string;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    stalls: number;
                    /** @enum {string} */
                    status: "active" | "closed";
                };
            };
        };
        responses: {
            /** @description The new marketplace space */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "openedOn": "2024-03-05",
                     *       "stalls": 1,
                     *       "status": "active",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceSpace"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMarketplaceSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The marketplace space */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "openedOn": "2024-03-05",
                     *       "stalls": 1,
                     *       "status": "active",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceSpace"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMarketplaceSpace: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMarketplaceSpace: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Centre social Hay Mohammadi",
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "openedOn": "2024-03-05",
                 *       "stalls": 1,
                 *       "status": "active"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /** Format: date */
                    openedOn?: string;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                    stalls?: number;
                    /** @enum {string} */
                    status?: "active" | "closed";
                };
            };
        };
        responses: {
            /** @description The changed marketplace space */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Centre social Hay Mohammadi",
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "openedOn": "2024-03-05",
                     *       "stalls": 1,
                     *       "status": "active",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceSpace"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketplaceSpaceHosts: {
        parameters: {
            query?: {
                current?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hostings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "spaceId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "from": "2024-03-05",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Hosting"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such space */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMarketplaceSpaceHost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "from": "2024-03-05",
                 *       "to": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    cooperativeId: string;
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description The hosting */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "spaceId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "from": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Hosting"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such space */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Full, closed or already hosted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such cooperative */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMarketplaceSpaceHost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hostId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hosting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "spaceId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "from": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Hosting"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMarketplaceSpaceHost: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                hostId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMarketplaceSpaceHost: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                hostId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "2024-03-05"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    to: string;
                };
            };
        };
        responses: {
            /** @description The ended hosting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "spaceId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "cooperativeId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "from": "2024-03-05",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Hosting"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProgramSupports: {
        parameters: {
            query?: {
                centerId?: string;
                cursor?: string;
                limit?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of program-supports; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "year": 2024,
                     *           "amountMad": 1,
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ProgramSupport"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProgramSupport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                 *       "year": 2024,
                 *       "amountMad": 1,
                 *       "note": "text"
                 *     }
                 */
                "application/json": {
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    amountMad: number;
                    centerId: string;
                    note?: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description The new program support */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "year": 2024,
                     *       "amountMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramSupport"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgramSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program support */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "year": 2024,
                     *       "amountMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramSupport"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProgramSupport: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProgramSupport: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2024,
                 *       "amountMad": 1,
                 *       "note": "text"
                 *     }
                 */
                "application/json": {
                    /** @description Dirhams (MAD), at most 2 decimal places */
                    amountMad?: number;
                    note?: string | null;
                    year?: number;
                };
            };
        };
        responses: {
            /** @description The changed program support */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "centerId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "year": 2024,
                     *       "amountMad": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramSupport"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All territories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "regions": [
                     *         null
                     *       ]
                     *     }
                     */
                    "application/json": {
                        regions: (components["schemas"]["Region"] & {
                            provinces: components["schemas"]["Province"][];
                        })[];
                    };
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProvinces: {
        parameters: {
            query?: {
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Provinces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         null
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Province"][];
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVigilanceCells: {
        parameters: {
            query?: {
                active?: "true" | "false";
                cursor?: string;
                limit?: number;
                provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of vigilance-cells; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "regionCode": "MA-01",
                     *           "provinceCode": "MA-CHE",
                     *           "establishedOn": "2024-03-05",
                     *           "members": 1,
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["VigilanceCell"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVigilanceCell: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "establishedOn": "2024-03-05",
                 *       "dissolvedOn": "2024-03-05",
                 *       "members": 1
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    dissolvedOn?: string;
                    /** Format: date */
                    establishedOn: string;
                    members: number;
                    /** @enum {string} */
                    provinceCode: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                };
            };
        };
        responses: {
            /** @description The new vigilance cell */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "establishedOn": "2024-03-05",
                     *       "members": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceCell"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVigilanceCell: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vigilance cell */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "establishedOn": "2024-03-05",
                     *       "members": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceCell"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteVigilanceCell: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateVigilanceCell: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regionCode": "MA-01",
                 *       "provinceCode": "MA-CHE",
                 *       "establishedOn": "2024-03-05",
                 *       "dissolvedOn": "2024-03-05",
                 *       "members": 1
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    dissolvedOn?: string | null;
                    /** Format: date */
                    establishedOn?: string;
                    members?: number;
                    /** @enum {string} */
                    provinceCode?: "MA-CHE" | "MA-FAH" | "MA-HOC" | "MA-LAR" | "MA-MDF" | "MA-OUZ" | "MA-TET" | "MA-TNG" | "MA-BER" | "MA-DRI" | "MA-FIG" | "MA-GUF" | "MA-JRA" | "MA-NAD" | "MA-OUJ" | "MA-TAI" | "MA-BOM" | "MA-FES" | "MA-HAJ" | "MA-IFR" | "MA-MEK" | "MA-MOU" | "MA-SEF" | "MA-TAO" | "MA-TAZ" | "MA-KEN" | "MA-KHE" | "MA-RAB" | "MA-SAL" | "MA-SIK" | "MA-SIL" | "MA-SKH" | "MA-AZI" | "MA-BEM" | "MA-FQH" | "MA-KHN" | "MA-KHO" | "MA-BES" | "MA-BRR" | "MA-CAS" | "MA-JDI" | "MA-MED" | "MA-MOH" | "MA-NOU" | "MA-SET" | "MA-SIB" | "MA-CHI" | "MA-ESI" | "MA-HAO" | "MA-KES" | "MA-MAR" | "MA-REH" | "MA-SAF" | "MA-YUS" | "MA-ERR" | "MA-MID" | "MA-OUA" | "MA-TIN" | "MA-ZAG" | "MA-AGD" | "MA-CHT" | "MA-INE" | "MA-TAR" | "MA-TAT" | "MA-TIZ" | "MA-ASZ" | "MA-GUE" | "MA-SIF" | "MA-TNT" | "MA-BOD" | "MA-ESM" | "MA-LAA" | "MA-TAF" | "MA-AOU" | "MA-OUD";
                    /** @enum {string} */
                    regionCode?: "MA-01" | "MA-02" | "MA-03" | "MA-04" | "MA-05" | "MA-06" | "MA-07" | "MA-08" | "MA-09" | "MA-10" | "MA-11" | "MA-12";
                };
            };
        };
        responses: {
            /** @description The changed vigilance cell */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "regionCode": "MA-01",
                     *       "provinceCode": "MA-CHE",
                     *       "establishedOn": "2024-03-05",
                     *       "members": 1,
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceCell"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing or unfit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVigilanceCellAlerts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "open" | "referred" | "closed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts; follow nextCursor for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "cellId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "date": "2024-03-05",
                     *           "kind": "homelessness",
                     *           "description": "text",
                     *           "status": "open",
                     *           "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *           "version": 1,
                     *           "createdAt": "2024-03-05T10:00:00.000Z",
                     *           "updatedAt": "2024-03-05T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["VigilanceAlert"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVigilanceCellAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2024-03-05",
                 *       "kind": "homelessness",
                 *       "description": "text",
                 *       "status": "open",
                 *       "referredCenterId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    date: string;
                    description: string;
                    /** @enum {string} */
                    kind: "homelessness" | "cold_wave" | "abuse" | "abandonment" | "other";
                    referredCenterId?: string;
                    /** @enum {string} */
                    status: "open" | "referred" | "closed";
                };
            };
        };
        responses: {
            /** @description The new alert */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cellId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "date": "2024-03-05",
                     *       "kind": "homelessness",
                     *       "description": "text",
                     *       "status": "open",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceAlert"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Duplicate alert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVigilanceCellAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cellId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "date": "2024-03-05",
                     *       "kind": "homelessness",
                     *       "description": "text",
                     *       "status": "open",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceAlert"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteVigilanceCellAlert: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                alertId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateVigilanceCellAlert: {
        parameters: {
            query?: never;
            header: {
                /** @description The version you read: its ETag (`"3"`) or its `version` field (`3`) */
                "if-match": string;
            };
            path: {
                alertId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "text",
                 *       "status": "open",
                 *       "referredCenterId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3"
                 *     }
                 */
                "application/json": {
                    description?: string;
                    referredCenterId?: string | null;
                    /** @enum {string} */
                    status?: "open" | "referred" | "closed";
                };
            };
        };
        responses: {
            /** @description The changed alert */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cellId": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "date": "2024-03-05",
                     *       "kind": "homelessness",
                     *       "description": "text",
                     *       "status": "open",
                     *       "id": "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
                     *       "version": 1,
                     *       "createdAt": "2024-03-05T10:00:00.000Z",
                     *       "updatedAt": "2024-03-05T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VigilanceAlert"];
                };
            };
            /** @description Invalid request: `issues` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "Invalid request: `issues` names each field and why",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in: no valid token or API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "Not signed in: no valid token or API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but without the right `x-permission` names, or outside your regions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Signed in, but without the right `x-permission` names, or outside your regions",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "No such record",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Stale version: someone changed the record since you read it; read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_failed",
                     *         "message": "Stale version: someone changed the record since you read it; read it again",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The body is larger than 256 KB",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not of a declared content type (application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "The body is not of a declared content type (application/json)",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A referenced record is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match missing: send the version you read */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "precondition_required",
                     *         "message": "If-Match missing: send the version you read",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this API key */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this API key",
                     *         "issues": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
