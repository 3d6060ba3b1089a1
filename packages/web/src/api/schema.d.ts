// Generated from the server's OpenAPI document by packages/web/scripts/generate-api-types.ts.
// Do not edit: run `npm run generate:api -w @xmppsec/web` after changing an API route.
export type paths = {
    "/api/v1/advisories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published advisories, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advisories: {
                                content: {
                                    credits: {
                                        name: string;
                                        role: string;
                                    }[];
                                    cveIds: string[];
                                    projects: {
                                        fixedIn: string | null;
                                        fixedVersions: string[];
                                        name: string;
                                        slug: string | null;
                                        statement: string;
                                        /** @enum {string} */
                                        status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                    }[];
                                    references: {
                                        name: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                    summary: string;
                                    timeline: {
                                        /** Format: date-time */
                                        at: string;
                                        event: string;
                                    }[];
                                    title: string;
                                    workarounds: string;
                                };
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                publishedAt: string;
                                revision: number;
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published advisory (its newest revision) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            /** @description An instant in UTC, ISO 8601 */
                            publishedAt: string;
                            revision: number;
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisories/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a published advisory, with what changed */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revisions: {
                                content: {
                                    credits: {
                                        name: string;
                                        role: string;
                                    }[];
                                    cveIds: string[];
                                    projects: {
                                        fixedIn: string | null;
                                        fixedVersions: string[];
                                        name: string;
                                        slug: string | null;
                                        statement: string;
                                        /** @enum {string} */
                                        status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                    }[];
                                    references: {
                                        name: string;
                                        /** Format: uri */
                                        url: string;
                                    }[];
                                    severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                    summary: string;
                                    timeline: {
                                        /** Format: date-time */
                                        at: string;
                                        event: string;
                                    }[];
                                    title: string;
                                    workarounds: string;
                                };
                                note: string;
                                /** @description An instant in UTC, ISO 8601 */
                                publishedAt: string;
                                revision: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered (team) */
        get: {
            parameters: {
                query?: {
                    /** @description An action, or a prefix ending in "." (e.g. "user.") */
                    action?: string;
                    actorId?: string;
                    beforeSeq?: number;
                    limit?: number;
                    since?: string;
                    subjectId?: string;
                    subjectType?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                action: string;
                                actorId: string | null;
                                actorLabel: string;
                                /** @description An instant in UTC, ISO 8601 */
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                seq: number;
                                subjectId: string | null;
                                subjectType: string | null;
                                via: string;
                            }[];
                            nextBeforeSeq: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the whole hash chain (team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: number;
                            firstBroken?: {
                                reason: string;
                                seq: number;
                            };
                            headHash: string;
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** @description An instant in UTC, ISO 8601 */
                            expiresAt: string;
                            /** @enum {string} */
                            state: "signed_in" | "totp_required" | "totp_enrolment_required";
                            user: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                lastLoginAt: string | null;
                                openpgpFingerprint: string | null;
                                /** @enum {string} */
                                role: "admin" | "team" | "maintainer" | "reporter";
                                totpEnabled: boolean;
                                xmppAddress: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session and its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** @description An instant in UTC, ISO 8601 */
                            expiresAt: string;
                            /** @enum {string} */
                            state: "signed_in" | "totp_required" | "totp_enrolment_required";
                            user: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                lastLoginAt: string | null;
                                openpgpFingerprint: string | null;
                                /** @enum {string} */
                                role: "admin" | "team" | "maintainer" | "reporter";
                                totpEnabled: boolean;
                                xmppAddress: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the password of a new account from its one-time setup link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            email: string;
                            id: string;
                            lastLoginAt: string | null;
                            openpgpFingerprint: string | null;
                            /** @enum {string} */
                            role: "admin" | "team" | "maintainer" | "reporter";
                            totpEnabled: boolean;
                            xmppAddress: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete sign-in with a TOTP code or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "signed_in" | "totp_required" | "totp_enrolment_required";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP enrolment with a first code; returns the recovery codes once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment: returns the secret and its otpauth URI */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            uri: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases you may see (the team: all; maintainers and reporters: theirs) */
        get: {
            parameters: {
                query?: {
                    state?: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                embargoAt: string | null;
                                id: string;
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                /** @enum {string} */
                                state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a case without a report (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        projects?: {
                            name: string;
                            slug?: string | null;
                        }[];
                        severity?: ("none" | "low" | "medium" | "high" | "critical") | null;
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case, with what you may see of it */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a case (team); name the version you edited: a stale one is refused with 409 */
        patch: {
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
                    "application/json": {
                        expectedVersion: number;
                        reason?: string;
                        severity?: ("none" | "low" | "medium" | "high" | "critical") | null;
                        /** @enum {string} */
                        state?: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                        statusesShared?: boolean;
                        summary?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases/{id}/advisory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's advisory draft, what blocks its approval, and its publication steps (team) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            blockers: string[];
                            caseId: string;
                            draft: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            publishedAt: string | null;
                            revision: number;
                            /** @enum {string} */
                            state: "draft" | "approved" | "published";
                            steps: {
                                attempts: number;
                                doneAt: string | null;
                                lastError: string | null;
                                revision: number;
                                status: string;
                                step: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Save the advisory draft (team) */
        put: {
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
                    "application/json": {
                        draft: {
                            credits: {
                                name: string;
                                role: string;
                            }[];
                            cveIds: string[];
                            projects: {
                                fixedIn: string | null;
                                fixedVersions: string[];
                                name: string;
                                slug: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                            }[];
                            references: {
                                name: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            summary: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                event: string;
                            }[];
                            title: string;
                            workarounds: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            blockers: string[];
                            caseId: string;
                            draft: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            publishedAt: string | null;
                            revision: number;
                            /** @enum {string} */
                            state: "draft" | "approved" | "published";
                            steps: {
                                attempts: number;
                                doneAt: string | null;
                                lastError: string | null;
                                revision: number;
                                status: string;
                                step: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/advisory/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the advisory: it and the case's CVE records are published together at the embargo's end (team) */
        post: {
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
                    "application/json": {
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            blockers: string[];
                            caseId: string;
                            draft: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            publishedAt: string | null;
                            revision: number;
                            /** @enum {string} */
                            state: "draft" | "approved" | "published";
                            steps: {
                                attempts: number;
                                doneAt: string | null;
                                lastError: string | null;
                                revision: number;
                                status: string;
                                step: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/advisory/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a revision of a published advisory, with a note on what changed (team) */
        post: {
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
                    "application/json": {
                        draft: {
                            credits: {
                                name: string;
                                role: string;
                            }[];
                            cveIds: string[];
                            projects: {
                                fixedIn: string | null;
                                fixedVersions: string[];
                                name: string;
                                slug: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                            }[];
                            references: {
                                name: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            summary: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                event: string;
                            }[];
                            title: string;
                            workarounds: string;
                        };
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            /** @description An instant in UTC, ISO 8601 */
                            publishedAt: string;
                            revision: number;
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/advisory/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the approval before publication (team) */
        post: {
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
                    "application/json": {
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            blockers: string[];
                            caseId: string;
                            draft: {
                                credits: {
                                    name: string;
                                    role: string;
                                }[];
                                cveIds: string[];
                                projects: {
                                    fixedIn: string | null;
                                    fixedVersions: string[];
                                    name: string;
                                    slug: string | null;
                                    statement: string;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                references: {
                                    name: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                                summary: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                }[];
                                title: string;
                                workarounds: string;
                            };
                            id: string;
                            publishedAt: string | null;
                            revision: number;
                            /** @enum {string} */
                            state: "draft" | "approved" | "published";
                            steps: {
                                attempts: number;
                                doneAt: string | null;
                                lastError: string | null;
                                revision: number;
                                status: string;
                                step: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/embargo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the embargo: one instant in UTC, with the reason everyone in the case is told (team) */
        put: {
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
                    "application/json": {
                        embargoAt: string | null;
                        expectedVersion: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a participant by e-mail: coordinator, maintainer (for one of the case's projects), observer or reporter (team) */
        post: {
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
                    "application/json": {
                        email: string;
                        projectKey?: string;
                        /** @enum {string} */
                        role: "coordinator" | "reporter" | "maintainer" | "observer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/participants/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a participant (team) */
        delete: {
            parameters: {
                query: {
                    role: "coordinator" | "reporter" | "maintainer" | "observer";
                };
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's threads: the general one and one per project, as far as you may read them */
        get: {
            parameters: {
                query?: {
                    thread?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            posts: {
                                authorLabel: string;
                                body: string;
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "message" | "contact_log" | "event";
                                thread: string;
                                /** @enum {string} */
                                visibility: "team" | "shared";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write in a thread: shared with the participants who read it, or team-only (team); contact log entries (team) */
        post: {
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
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        kind?: "message" | "contact_log" | "event";
                        thread: string;
                        /** @enum {string} */
                        visibility: "team" | "shared";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorLabel: string;
                            body: string;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "message" | "contact_log" | "event";
                            thread: string;
                            /** @enum {string} */
                            visibility: "team" | "shared";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an affected project: from the directory by slug (its maintainers are invited), or unlisted by name (team) */
        post: {
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
                    "application/json": {
                        expectedVersion: number;
                        name?: string;
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            acceptedAt: string;
                            /** @enum {string} */
                            access: "team" | "participant";
                            closedAt: string | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            deadlines: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            embargoAt: string | null;
                            embargoChanges: {
                                /** @description An instant in UTC, ISO 8601 */
                                changedAt: string;
                                changedBy: string;
                                fromAt: string | null;
                                reason: string;
                                toAt: string | null;
                            }[];
                            id: string;
                            myProjectKeys: string[];
                            myRoles: ("coordinator" | "reporter" | "maintainer" | "observer")[];
                            participants: {
                                displayName: string;
                                email: string;
                                projectKey: string | null;
                                /** @enum {string} */
                                role: "coordinator" | "reporter" | "maintainer" | "observer";
                                userId: string;
                            }[];
                            projects: {
                                displayName: string;
                                firstResponseAt: string | null;
                                fixedIn: string | null;
                                fixedVersions: string[];
                                introducedIn: string | null;
                                invitedAt: string | null;
                                projectKey: string;
                                projectSlug: string | null;
                                responseDueAt: string | null;
                                statement: string;
                                /** @enum {string} */
                                status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                            publishedAt: string | null;
                            reports: {
                                id: string;
                                reference: string;
                                status: string;
                            }[];
                            severity: ("none" | "low" | "medium" | "high" | "critical") | null;
                            /** @enum {string} */
                            state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            statusesShared: boolean;
                            summary: string;
                            title: string;
                            version: number;
                            vulnerabilities: {
                                cveId: string | null;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/projects/{projectKey}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** State a project's status: affected, not affected, fixed (with the version), won't fix (the project's maintainers or the team) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fixedIn?: string | null;
                        fixedVersions?: string[];
                        introducedIn?: string | null;
                        statement?: string;
                        /** @enum {string} */
                        status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            firstResponseAt: string | null;
                            fixedIn: string | null;
                            fixedVersions: string[];
                            introducedIn: string | null;
                            invitedAt: string | null;
                            projectKey: string;
                            projectSlug: string | null;
                            responseDueAt: string | null;
                            statement: string;
                            /** @enum {string} */
                            status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a vulnerability to a case; its CVE record is drafted from the case (team) */
        post: {
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
                    "application/json": {
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vulnerabilities/{vulnerabilityId}/cve-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft (or redraft) the vulnerability's CVE record from the case: affected projects and fixed versions, credits, the advisory link; reserves an ID when it has none (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    vulnerabilityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cvss?: string;
                        cwe?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cveId: string;
                            issues: {
                                message: string;
                                path: string;
                            }[];
                            valid: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a project with the token from the e-mailed link (the token is in the body, so it stays out of logs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            confirmedAt: string;
                            name: string;
                            slug: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confirmations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a confirmation link confirms (without confirming) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            expiresAt: string;
                            name: string;
                            slug: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/cases/{caseId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a case's record from what the case knows (affected projects and versions from the directory) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        affected: {
                            fixedIn: string | null;
                            introducedIn?: string | null;
                            product?: string;
                            projectSlug?: string;
                            vendor?: string;
                        }[];
                        credits?: {
                            name: string;
                            /** @enum {string} */
                            type?: "finder" | "reporter" | "analyst" | "coordinator" | "remediation developer" | "remediation reviewer" | "remediation verifier" | "tool" | "sponsor" | "other";
                        }[];
                        cveId?: string;
                        cvss?: string | string[];
                        cwe?: string | string[];
                        description: string;
                        note?: string;
                        references?: {
                            name?: string;
                            tags?: ("broken-link" | "customer-entitlement" | "exploit" | "government-resource" | "issue-tracking" | "mailing-list" | "mitigation" | "not-applicable" | "patch" | "permissions-required" | "media-coverage" | "product" | "related" | "release-notes" | "signature" | "technical-description" | "third-party-advisory" | "vendor-advisory" | "vdb-entry")[];
                            url: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigner: string | null;
                            cveId: string;
                            dateUpdated: string | null;
                            /** @description Directory projects the released record names */
                            projects: {
                                /** @enum {string} */
                                matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                name: string;
                                /** @description Index of the affected product */
                                position: number;
                                slug: string;
                            }[];
                            public: boolean;
                            /** @description From when the record is public */
                            publishedAt: string | null;
                            /** @description The released CVE JSON 5 record (published or rejected) */
                            record: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            state: "RESERVED" | "PUBLISHED" | "REJECTED";
                            /** @description Team only: the draft and what keeps it from being published */
                            team?: {
                                caseId: string | null;
                                draft: unknown;
                                draftIssues: {
                                    errors: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                    warnings: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                };
                                draftProjects: {
                                    /** @enum {string} */
                                    matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                    name: string;
                                    /** @description Index of the affected product */
                                    position: number;
                                    slug: string;
                                }[];
                                draftRevision: number | null;
                                draftValid: boolean;
                                editable: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                reservedAt: string;
                                revisionCount: number;
                                /** @enum {string} */
                                source: "local" | "cve-services" | "import";
                                title: string | null;
                                unpublishedChanges: boolean;
                            };
                            title: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/export.tar.gz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every public record, as a .tar.gz: index.json, cve/<ID>.json, osv/<ID>.json, csaf/<id>.json */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated: cve, osv, csaf (default: all) */
                    formats?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/gzip */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve CVE IDs: from CVE Services when configured, else from the local pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ids: string[];
                            remainingQuota: number | null;
                            /** @enum {string} */
                            source: "local" | "cve-services";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import published CVE JSON 5 records; each whole or not at all, with a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        records: {
                            name?: string;
                            record: unknown;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            files: {
                                cveId?: string;
                                errors?: {
                                    /** @enum {string} */
                                    code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                    message: string;
                                    path: string;
                                }[];
                                name: string;
                                /** @description JSON Pointers of strings whose surrounding whitespace was removed */
                                normalised?: string[];
                                projects?: string[];
                                reason?: string;
                                /** @enum {string} */
                                state?: "PUBLISHED" | "REJECTED";
                                /** @enum {string} */
                                status: "imported" | "skipped" | "rejected";
                                warnings?: {
                                    /** @enum {string} */
                                    code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                    message: string;
                                    path: string;
                                }[];
                            }[];
                            imported: number;
                            rejected: number;
                            skipped: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CVE records: the public ones for everyone, all of them for the team */
        get: {
            parameters: {
                query?: {
                    /** @description Team only */
                    caseId?: string;
                    limit?: number;
                    offset?: number;
                    /** @description A directory project slug */
                    project?: string;
                    /** @description Part of the ID (the team also searches titles) */
                    q?: string;
                    state?: "RESERVED" | "PUBLISHED" | "REJECTED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records: {
                                assigner: string | null;
                                cveId: string;
                                dateUpdated: string | null;
                                /** @description Directory projects the released record names */
                                projects: {
                                    /** @enum {string} */
                                    matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                    name: string;
                                    /** @description Index of the affected product */
                                    position: number;
                                    slug: string;
                                }[];
                                public: boolean;
                                /** @description From when the record is public */
                                publishedAt: string | null;
                                /** @enum {string} */
                                state: "RESERVED" | "PUBLISHED" | "REJECTED";
                                /** @description Team only */
                                team?: {
                                    caseId: string | null;
                                    draftRevision: number | null;
                                    draftValid: boolean;
                                    editable: boolean;
                                    /** @description An instant in UTC, ISO 8601 */
                                    reservedAt: string;
                                    revisionCount: number;
                                    /** @enum {string} */
                                    source: "local" | "cve-services" | "import";
                                    title: string | null;
                                    unpublishedChanges: boolean;
                                };
                                title: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record: the released record once public; the draft for the team */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigner: string | null;
                            cveId: string;
                            dateUpdated: string | null;
                            /** @description Directory projects the released record names */
                            projects: {
                                /** @enum {string} */
                                matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                name: string;
                                /** @description Index of the affected product */
                                position: number;
                                slug: string;
                            }[];
                            public: boolean;
                            /** @description From when the record is public */
                            publishedAt: string | null;
                            /** @description The released CVE JSON 5 record (published or rejected) */
                            record: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            state: "RESERVED" | "PUBLISHED" | "REJECTED";
                            /** @description Team only: the draft and what keeps it from being published */
                            team?: {
                                caseId: string | null;
                                draft: unknown;
                                draftIssues: {
                                    errors: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                    warnings: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                };
                                draftProjects: {
                                    /** @enum {string} */
                                    matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                    name: string;
                                    /** @description Index of the affected product */
                                    position: number;
                                    slug: string;
                                }[];
                                draftRevision: number | null;
                                draftValid: boolean;
                                editable: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                reservedAt: string;
                                revisionCount: number;
                                /** @enum {string} */
                                source: "local" | "cve-services" | "import";
                                title: string | null;
                                unpublishedChanges: boolean;
                            };
                            title: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link the record to a case (or unlink it with null): it is then public only once the case is published */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/csaf.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record as a CSAF 2.0 document */
        get: {
            parameters: {
                query?: {
                    /** @description Team only: a preview built from the current draft */
                    draft?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/cve.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record as a CVE JSON 5 record */
        get: {
            parameters: {
                query?: {
                    /** @description Team only: a preview built from the current draft */
                    draft?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-level changes between two revisions (default: what is published → the draft) */
        get: {
            parameters: {
                query?: {
                    from?: ("draft" | "published") | number;
                    to?: ("draft" | "published") | number;
                };
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            basis: "record" | "draft";
                            changes: {
                                /** @enum {string} */
                                kind: "added" | "removed" | "changed";
                                newValue?: unknown;
                                oldValue?: unknown;
                                path: string;
                            }[];
                            from: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the draft (kept as a revision even when invalid; its issues come back) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The draft fields (title, description, affected, references, …); check them with POST /api/v1/cve/validate */
                        draft: {
                            [key: string]: unknown;
                        };
                        /** @description The draft revision the editor started from; a newer one is a conflict */
                        expectedRevision?: number;
                        /** @description Why; kept with the revision */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigner: string | null;
                            cveId: string;
                            dateUpdated: string | null;
                            /** @description Directory projects the released record names */
                            projects: {
                                /** @enum {string} */
                                matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                name: string;
                                /** @description Index of the affected product */
                                position: number;
                                slug: string;
                            }[];
                            public: boolean;
                            /** @description From when the record is public */
                            publishedAt: string | null;
                            /** @description The released CVE JSON 5 record (published or rejected) */
                            record: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            state: "RESERVED" | "PUBLISHED" | "REJECTED";
                            /** @description Team only: the draft and what keeps it from being published */
                            team?: {
                                caseId: string | null;
                                draft: unknown;
                                draftIssues: {
                                    errors: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                    warnings: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                };
                                draftProjects: {
                                    /** @enum {string} */
                                    matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                    name: string;
                                    /** @description Index of the affected product */
                                    position: number;
                                    slug: string;
                                }[];
                                draftRevision: number | null;
                                draftValid: boolean;
                                editable: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                reservedAt: string;
                                revisionCount: number;
                                /** @enum {string} */
                                source: "local" | "cve-services" | "import";
                                title: string | null;
                                unpublishedChanges: boolean;
                            };
                            title: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/osv.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record as an OSV document */
        get: {
            parameters: {
                query?: {
                    /** @description Team only: a preview built from the current draft */
                    draft?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft (first publication or update; CVE Services gets only the CNA container). Nothing happens when nothing changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why; kept with the revision */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cveId: string;
                            /** @enum {string} */
                            outcome: "published" | "updated" | "restored" | "unchanged";
                            revision: number | null;
                            viaCveServices: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the ID or the published record, with reasons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reasons: string | (string | {
                            lang: string;
                            value: string;
                        })[];
                        replacedBy?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigner: string | null;
                            cveId: string;
                            dateUpdated: string | null;
                            /** @description Directory projects the released record names */
                            projects: {
                                /** @enum {string} */
                                matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                name: string;
                                /** @description Index of the affected product */
                                position: number;
                                slug: string;
                            }[];
                            public: boolean;
                            /** @description From when the record is public */
                            publishedAt: string | null;
                            /** @description The released CVE JSON 5 record (published or rejected) */
                            record: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            state: "RESERVED" | "PUBLISHED" | "REJECTED";
                            /** @description Team only: the draft and what keeps it from being published */
                            team?: {
                                caseId: string | null;
                                draft: unknown;
                                draftIssues: {
                                    errors: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                    warnings: {
                                        /** @enum {string} */
                                        code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                        message: string;
                                        path: string;
                                    }[];
                                };
                                draftProjects: {
                                    /** @enum {string} */
                                    matchedBy: "slug" | "package" | "repository" | "vendor_product" | "name";
                                    name: string;
                                    /** @description Index of the affected product */
                                    position: number;
                                    slug: string;
                                }[];
                                draftRevision: number | null;
                                draftValid: boolean;
                                editable: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                reservedAt: string;
                                revisionCount: number;
                                /** @enum {string} */
                                source: "local" | "cve-services" | "import";
                                title: string | null;
                                unpublishedChanges: boolean;
                            };
                            title: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a rejected record back: publish the draft (or the one given) again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        draft?: {
                            [key: string]: unknown;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cveId: string;
                            /** @enum {string} */
                            outcome: "published" | "updated" | "restored" | "unchanged";
                            revision: number | null;
                            viaCveServices: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision: saved drafts and released versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: string;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            errorCount: number;
                            /** @enum {string} */
                            kind: "draft" | "published" | "rejected" | "restored" | "imported";
                            number: number;
                            reason: string | null;
                            valid: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/records/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision, with its draft and the record it built */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A CVE ID, e.g. CVE-2026-1000 */
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: string;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            draft: unknown;
                            errorCount: number;
                            issues: {
                                errors: {
                                    /** @enum {string} */
                                    code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                    message: string;
                                    path: string;
                                }[];
                                warnings: {
                                    /** @enum {string} */
                                    code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                    message: string;
                                    path: string;
                                }[];
                            };
                            /** @enum {string} */
                            kind: "draft" | "published" | "rejected" | "restored" | "imported";
                            number: number;
                            reason: string | null;
                            record: {
                                [key: string]: unknown;
                            } | null;
                            valid: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CNA's settings (the CVE Services API key is never returned) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Where the CVE Services API key comes from; the key itself is never returned */
                            apiKeySource: ("environment" | "settings") | null;
                            identityComplete: boolean;
                            /** @enum {string} */
                            idSource: "local" | "cve-services";
                            orgId: string | null;
                            poolStart: number;
                            publisherName: string | null;
                            publisherNamespace: string | null;
                            servicesUrl: string | null;
                            servicesUser: string | null;
                            shortName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Change the CNA's settings (admin); null clears a field */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stored in the database; prefer the XMPPSEC_CVE_API_KEY environment variable */
                        apiKey?: string | null;
                        orgId?: string | null;
                        poolStart?: number;
                        publisherName?: string | null;
                        publisherNamespace?: string | null;
                        servicesUrl?: string | null;
                        servicesUser?: string | null;
                        shortName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Where the CVE Services API key comes from; the key itself is never returned */
                            apiKeySource: ("environment" | "settings") | null;
                            identityComplete: boolean;
                            /** @enum {string} */
                            idSource: "local" | "cve-services";
                            orgId: string | null;
                            poolStart: number;
                            publisherName: string | null;
                            publisherNamespace: string | null;
                            servicesUrl: string | null;
                            servicesUser: string | null;
                            shortName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cve/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a CVE record, or a draft as it would be published, without saving (for live validation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cveId?: string;
                        draft?: unknown;
                        record?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                /** @enum {string} */
                                code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                message: string;
                                path: string;
                            }[];
                            /** @description For a draft: the record it builds */
                            record?: {
                                [key: string]: unknown;
                            };
                            schemaVersion?: string;
                            valid: boolean;
                            warnings: {
                                /** @enum {string} */
                                code: "NOT_JSON" | "TOO_LARGE" | "TOO_DEEP" | "SCHEMA" | "DRAFT" | "ENGLISH_DESCRIPTION" | "DUPLICATE_ENGLISH" | "BLANK_TEXT" | "CVSS_VECTOR" | "CVSS_SCORE" | "CVSS_SEVERITY" | "CVSS_METRIC" | "DUPLICATE_REFERENCE" | "EMPTY_RANGE" | "CWE_MISMATCH" | "CWE_USAGE" | "WHITESPACE" | "ORG_MISMATCH" | "FUTURE_DATE" | "STATE" | "OSV_SCHEMA" | "CSAF";
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cvss/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Parse and score a CVSS 3.x or 4.0 vector (for the calculator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vector: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseScore: number;
                            baseSeverity: string;
                            /** @description The object a CVE record holds under metrics[].cvssV3_1 / cvssV4_0 */
                            cveMetric: {
                                [key: string]: string | number;
                            };
                            environmentalScore?: number;
                            metrics: {
                                [key: string]: string;
                            };
                            nomenclature?: string;
                            score: number;
                            temporalScore?: number;
                            vectorString: string;
                            /** @enum {string} */
                            version: "3.0" | "3.1" | "4.0";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New reports, overdue deadlines and embargoes ending soon (team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            embargoesEndingSoon: {
                                /** @description An instant in UTC, ISO 8601 */
                                embargoAt: string;
                                id: string;
                                /** @enum {string} */
                                state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                                title: string;
                            }[];
                            newReports: {
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                receivedAt: string;
                                reference: string;
                                title: string;
                            }[];
                            openCases: number;
                            overdue: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                            upcoming: {
                                caseId: string | null;
                                /** @description An instant in UTC, ISO 8601 */
                                dueAt: string;
                                key: string;
                                kind: string;
                                label: string;
                                overdue: boolean;
                                projectKey: string | null;
                                reportId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/archival-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects without any maintenance signal for two years, with the evidence (team); nothing is archived automatically */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                doapUrl: string | null;
                                lastConfirmationRequestAt: string | null;
                                maintainerCount: number;
                                maintenance: {
                                    archivalCandidate: boolean;
                                    archivedAt: string | null;
                                    reasons: string[];
                                    signals: {
                                        ageDays: number | null;
                                        at: string | null;
                                        fresh: boolean;
                                        /** @enum {string} */
                                        kind: "release" | "doap-change" | "confirmation";
                                    }[];
                                    /** @enum {string} */
                                    state: "active" | "quiet" | "unconfirmed" | "archived";
                                };
                                name: string;
                                problems: {
                                    at: string | null;
                                    code: string;
                                    line: number | null;
                                    message: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                    snapshotId: string | null;
                                    /** @enum {string} */
                                    source: "fetch" | "doap";
                                }[];
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/import/doap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a DOAP file, from a URL or given as text (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slug?: string;
                        url: string;
                    } | {
                        content: string;
                        slug?: string;
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            newSnapshot: boolean;
                            problems: {
                                /** @enum {string} */
                                code: "xml-malformed" | "doctype-forbidden" | "too-large" | "too-deep" | "too-many-elements" | "invalid-encoding" | "encoding-not-utf8" | "no-project" | "several-projects" | "no-rdf-root" | "missing-name" | "unknown-status" | "missing-status" | "not-a-xep-url" | "missing-xep" | "duplicate-xep" | "bare-xep-reference" | "release-without-date" | "release-without-revision" | "invalid-date" | "duplicate-release" | "release-date-order" | "misspelled-property" | "wrong-namespace" | "unknown-property" | "unexpected-property" | "duplicate-property" | "stray-whitespace" | "too-many-problems";
                                column?: number;
                                line: number;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            projectCreated: boolean;
                            sha256: string;
                            slug: string;
                            snapshotId: string;
                            usable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/import/software-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import xmpp.org's software list (data/software.json, the JSON array as the body) (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: string[];
                            delisted: string[];
                            entries: number;
                            problems: {
                                index: number;
                                message: string;
                                name: string | null;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            unchanged: number;
                            updated: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/import/xeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the XEP list (xeplist.xml, given as text in `xml`) (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        xml: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            problems: {
                                code: string;
                                line: number;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            total: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scanned domains with their latest grade, by name */
        get: {
            parameters: {
                query?: {
                    /** @description Only domains with this latest grade (none: no server reached) */
                    grade?: "A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F" | "none";
                    page?: number;
                    perPage?: number;
                    /** @description Only domains starting with this text */
                    prefix?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domains: {
                                domain: string;
                                firstScannedAt: string | null;
                                grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                lastScannedAt: string | null;
                                mode: ("c2s" | "s2s" | "both") | null;
                                optedOut: boolean;
                                scanId: string | null;
                            }[];
                            page: number;
                            perPage: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A domain: its latest report and grade, the reasons for the grade, what to fix (Prosody, ejabberd), and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            badge: string;
                            domain: string;
                            explanation: {
                                fixes: {
                                    cap: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    code: string;
                                    details: string[];
                                    fix: {
                                        ejabberd: string;
                                        general: string;
                                        prosody: string;
                                    };
                                    /** @enum {string} */
                                    severity: "info" | "warning" | "error" | "critical";
                                    targets: string[];
                                    title: string;
                                }[];
                                notes: {
                                    cap: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    code: string;
                                    details: string[];
                                    fix: {
                                        ejabberd: string;
                                        general: string;
                                        prosody: string;
                                    };
                                    /** @enum {string} */
                                    severity: "info" | "warning" | "error" | "critical";
                                    targets: string[];
                                    title: string;
                                }[];
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    grade: "A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F";
                                    reason: string;
                                    targets: string[];
                                }[];
                            } | null;
                            firstScannedAt: string | null;
                            grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                            history: {
                                /** @description What changed since the previous completed scan of the domain */
                                changes: {
                                    added: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                    gradeFrom: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    gradeTo: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    previousScanId: string;
                                    removed: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                } | null;
                                /** @description An instant in UTC, ISO 8601 */
                                finishedAt: string;
                                grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                /** @enum {string} */
                                mode: "c2s" | "s2s" | "both";
                                scanId: string;
                                scannerVersion: string | null;
                            }[];
                            lastScannedAt: string | null;
                            latest: {
                                /** @description What changed since the previous completed scan of the domain */
                                changes: {
                                    added: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                    gradeFrom: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    gradeTo: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    previousScanId: string;
                                    removed: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                } | null;
                                domain: string;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                events: {
                                    /** @description An instant in UTC, ISO 8601 */
                                    at: string;
                                    message: string;
                                    seq: number;
                                    type: string;
                                }[];
                                finishedAt: string | null;
                                grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                gradeIgnoringTrust: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                grades: {
                                    c2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    s2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                } | null;
                                id: string;
                                links: {
                                    badge: string;
                                    domain: string;
                                    self: string;
                                };
                                /** @enum {string} */
                                mode: "c2s" | "s2s" | "both";
                                progress: {
                                    /** @enum {string} */
                                    phase: "queued" | "resolving" | "probing" | "storing" | "done" | "failed";
                                    probesDone: number;
                                    targets: number | null;
                                };
                                /** @description The full scan report once done (JSON schema: @xmppsec/scanner/scan-report.schema.json); null before */
                                report: unknown;
                                /** @description An instant in UTC, ISO 8601 */
                                requestedAt: string;
                                scannerVersion: string | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                            } | null;
                            optedOut: boolean;
                            pendingScanId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/domains/{domain}/badge.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An SVG badge with the domain's grade, to embed on a web page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description image/svg+xml */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/opt-out-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An operator asks that their domain not be scanned; the security team confirms with them and then opts it out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An e-mail or XMPP address at which the team can confirm with you */
                        contact: string;
                        /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                        domain: string;
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domain: string;
                            /** @enum {string} */
                            status: "pending" | "active";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/opt-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opt-outs and pending opt-out requests (team) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "active";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            optOuts: {
                                contact: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                domain: string;
                                reason: string;
                                /** @description An instant in UTC, ISO 8601 */
                                requestedAt: string;
                                requestedBy: string;
                                /** @enum {string} */
                                status: "pending" | "active";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Opt a domain out, or confirm a pending request (team): its scans are refused, queued ones cancelled, its results hidden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                        domain: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            domain: string;
                            reason: string;
                            /** @description An instant in UTC, ISO 8601 */
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "active";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/opt-outs/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End an opt-out, or turn down a pending request (team) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a scan of a domain. 202 with a new queued scan; 200 with an earlier one when the domain is being scanned or was scanned in the last minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An XMPP domain, e.g. example.org (IDNs in either form) */
                        domain: string;
                        /** @description Team only: scan again even if a recent result exists */
                        force?: boolean;
                        /**
                         * @description c2s, s2s or both (default)
                         * @default both
                         * @enum {string}
                         */
                        mode?: "c2s" | "s2s" | "both";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            reused: "in-progress" | "recent";
                            scan: {
                                /** @description What changed since the previous completed scan of the domain */
                                changes: {
                                    added: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                    gradeFrom: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    gradeTo: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    previousScanId: string;
                                    removed: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                } | null;
                                domain: string;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                events: {
                                    /** @description An instant in UTC, ISO 8601 */
                                    at: string;
                                    message: string;
                                    seq: number;
                                    type: string;
                                }[];
                                finishedAt: string | null;
                                grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                gradeIgnoringTrust: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                grades: {
                                    c2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    s2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                } | null;
                                id: string;
                                links: {
                                    badge: string;
                                    domain: string;
                                    self: string;
                                };
                                /** @enum {string} */
                                mode: "c2s" | "s2s" | "both";
                                progress: {
                                    /** @enum {string} */
                                    phase: "queued" | "resolving" | "probing" | "storing" | "done" | "failed";
                                    probesDone: number;
                                    targets: number | null;
                                };
                                /** @description The full scan report once done (JSON schema: @xmppsec/scanner/scan-report.schema.json); null before */
                                report: unknown;
                                /** @description An instant in UTC, ISO 8601 */
                                requestedAt: string;
                                scannerVersion: string | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reused: null;
                            scan: {
                                /** @description What changed since the previous completed scan of the domain */
                                changes: {
                                    added: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                    gradeFrom: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    gradeTo: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    previousScanId: string;
                                    removed: {
                                        code: string;
                                        modes: ("c2s" | "s2s")[];
                                        severity: string;
                                        title: string;
                                    }[];
                                } | null;
                                domain: string;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                events: {
                                    /** @description An instant in UTC, ISO 8601 */
                                    at: string;
                                    message: string;
                                    seq: number;
                                    type: string;
                                }[];
                                finishedAt: string | null;
                                grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                gradeIgnoringTrust: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                grades: {
                                    c2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                    s2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                } | null;
                                id: string;
                                links: {
                                    badge: string;
                                    domain: string;
                                    self: string;
                                };
                                /** @enum {string} */
                                mode: "c2s" | "s2s" | "both";
                                progress: {
                                    /** @enum {string} */
                                    phase: "queued" | "resolving" | "probing" | "storing" | "done" | "failed";
                                    probesDone: number;
                                    targets: number | null;
                                };
                                /** @description The full scan report once done (JSON schema: @xmppsec/scanner/scan-report.schema.json); null before */
                                report: unknown;
                                /** @description An instant in UTC, ISO 8601 */
                                requestedAt: string;
                                scannerVersion: string | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/scans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan: status, progress events (poll with ?after=<last seq> for new ones), and the report once done */
        get: {
            parameters: {
                query?: {
                    /** @description Only events after this sequence number */
                    after?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What changed since the previous completed scan of the domain */
                            changes: {
                                added: {
                                    code: string;
                                    modes: ("c2s" | "s2s")[];
                                    severity: string;
                                    title: string;
                                }[];
                                gradeFrom: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                gradeTo: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                previousScanId: string;
                                removed: {
                                    code: string;
                                    modes: ("c2s" | "s2s")[];
                                    severity: string;
                                    title: string;
                                }[];
                            } | null;
                            domain: string;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            events: {
                                /** @description An instant in UTC, ISO 8601 */
                                at: string;
                                message: string;
                                seq: number;
                                type: string;
                            }[];
                            finishedAt: string | null;
                            grade: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                            gradeIgnoringTrust: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                            grades: {
                                c2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                                s2s: ("A+" | "A" | "B" | "C" | "D" | "E" | "T" | "F") | null;
                            } | null;
                            id: string;
                            links: {
                                badge: string;
                                domain: string;
                                self: string;
                            };
                            /** @enum {string} */
                            mode: "c2s" | "s2s" | "both";
                            progress: {
                                /** @enum {string} */
                                phase: "queued" | "resolving" | "probing" | "storing" | "done" | "failed";
                                probesDone: number;
                                targets: number | null;
                            };
                            /** @description The full scan report once done (JSON schema: @xmppsec/scanner/scan-report.schema.json); null before */
                            report: unknown;
                            /** @description An instant in UTC, ISO 8601 */
                            requestedAt: string;
                            scannerVersion: string | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatory/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network statistics over the latest scan of every domain: grades, TLS versions, DANE, certificate and identity failures, STARTTLS, … */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domains: number;
                            grades: {
                                [key: string]: {
                                    count: number;
                                    sample: number;
                                    share: number | null;
                                };
                            };
                            measuredAt: string | null;
                            metrics: {
                                [key: string]: {
                                    count: number;
                                    sample: number;
                                    share: number | null;
                                };
                            };
                            tlsVersions: {
                                [key: string]: {
                                    count: number;
                                    sample: number;
                                    share: number | null;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Your name and where notifications reach you: an XMPP address, and an OpenPGP key to encrypt e-mail to */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        openpgpKey?: string | null;
                        xmppAddress?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            email: string;
                            id: string;
                            lastLoginAt: string | null;
                            openpgpFingerprint: string | null;
                            /** @enum {string} */
                            role: "admin" | "team" | "maintainer" | "reporter";
                            totpEnabled: boolean;
                            xmppAddress: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects in the directory, filtered and paged */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                    category?: string;
                    inScope?: "true" | "false";
                    limit?: number;
                    /** @description Maintenance state */
                    maintenance?: "active" | "quiet" | "unconfirmed" | "archived";
                    /** @description Only the projects the caller maintains */
                    mine?: "true" | "false";
                    offset?: number;
                    /** @description Search in names */
                    q?: string;
                    /** @description Only projects that declare this XEP */
                    xep?: number;
                    /** @description With xep: only this support status */
                    xepStatus?: "complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projects: {
                                archived: boolean;
                                categories: string[];
                                hasDoap: boolean;
                                hasDoapProblem: boolean;
                                homepage: string | null;
                                inScope: boolean;
                                logoUrl: string | null;
                                /** @enum {string} */
                                maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                                name: string;
                                newestRelease: {
                                    date: string | null;
                                    version: string | null;
                                } | null;
                                onSoftwareList: boolean;
                                platforms: string[];
                                programmingLanguages: string[];
                                shortdesc: string | null;
                                slug: string;
                                xepCount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a project by hand (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doapUrl?: string | null;
                        homepage?: string | null;
                        name: string;
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its releases, XEPs, RFCs, snapshots, problems, maintenance status and compliance; a former slug resolves too */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a project: the team edits everything; a maintainer edits the fields no DOAP file carries, on their own projects */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cveProduct?: string | null;
                        cveVendor?: string | null;
                        doapUrl?: string | null;
                        inScope?: boolean | null;
                        logoUrl?: string | null;
                        name?: string;
                        notes?: string;
                        packageCollectionUrl?: string | null;
                        packageName?: string | null;
                        securityContact?: string | null;
                        securityPolicyUrl?: string | null;
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{slug}/affected-range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The releases a vulnerability affects, from the first fixed (and optionally first affected) version, with CVE `versions` entries */
        get: {
            parameters: {
                query?: {
                    /** @description Omit when there is no fix yet */
                    fixedIn?: string;
                    introducedIn?: string;
                };
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            affected: string[];
                            cveVersions: {
                                lessThan?: string;
                                /** @enum {string} */
                                status: "affected" | "unaffected" | "unknown";
                                version: string;
                                versionType?: string;
                            }[];
                            fixedIn: string | null;
                            introducedIn: string | null;
                            notes: string[];
                            /** @enum {string} */
                            order: "known" | "unknown";
                            project: {
                                name: string;
                                slug: string;
                            };
                            releasesOnRecord: number;
                            unaffected: string[];
                            unknown: {
                                against: string;
                                revision: string;
                            }[];
                            /** @enum {string} */
                            versionType: "semver" | "custom";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a project (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that the project is still maintained (its maintainers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/confirmation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the maintainers a one-click confirmation link now (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requested: {
                                recipients: number;
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/maintainers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's maintainers (team, and the project's maintainers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maintainers: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Link an account with the maintainer role to the project (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactEmail?: string | null;
                        email: string;
                        openpgpKey?: string | null;
                        securityContact?: boolean;
                        xmppAddress?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maintainers: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/maintainers/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a maintainer (team) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maintainers: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a maintainer's contact details (team, or the maintainer themself) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactEmail?: string | null;
                        openpgpKey?: string | null;
                        securityContact?: boolean;
                        xmppAddress?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maintainers: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{slug}/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How CVE records name this product (vendor, product, package, repository) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            collectionURL: string | null;
                            homepage: string | null;
                            name: string;
                            packageName: string | null;
                            platforms: string[];
                            product: string;
                            repo: string | null;
                            slug: string;
                            vendor: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the project's DOAP file now (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            import?: {
                                applied: boolean;
                                newSnapshot: boolean;
                                problems: {
                                    /** @enum {string} */
                                    code: "xml-malformed" | "doctype-forbidden" | "too-large" | "too-deep" | "too-many-elements" | "invalid-encoding" | "encoding-not-utf8" | "no-project" | "several-projects" | "no-rdf-root" | "missing-name" | "unknown-status" | "missing-status" | "not-a-xep-url" | "missing-xep" | "duplicate-xep" | "bare-xep-reference" | "release-without-date" | "release-without-revision" | "invalid-date" | "duplicate-release" | "release-date-order" | "misspelled-property" | "wrong-namespace" | "unknown-property" | "unexpected-property" | "duplicate-property" | "stray-whitespace" | "too-many-problems";
                                    column?: number;
                                    line: number;
                                    message: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                projectCreated: boolean;
                                sha256: string;
                                slug: string;
                                snapshotId: string;
                                usable: boolean;
                            };
                            /** @enum {string} */
                            kind: "changed" | "unchanged" | "not-modified" | "failed";
                            message?: string;
                            reason?: string;
                            slug: string;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stored version of the DOAP file, with its problems */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: boolean;
                            /** @description An instant in UTC, ISO 8601 */
                            fetchedAt: string;
                            id: string;
                            /** @description An instant in UTC, ISO 8601 */
                            lastSeenAt: string;
                            problems: {
                                /** @enum {string} */
                                code: "xml-malformed" | "doctype-forbidden" | "too-large" | "too-deep" | "too-many-elements" | "invalid-encoding" | "encoding-not-utf8" | "no-project" | "several-projects" | "no-rdf-root" | "missing-name" | "unknown-status" | "missing-status" | "not-a-xep-url" | "missing-xep" | "duplicate-xep" | "bare-xep-reference" | "release-without-date" | "release-without-revision" | "invalid-date" | "duplicate-release" | "release-date-order" | "misspelled-property" | "wrong-namespace" | "unknown-property" | "unexpected-property" | "duplicate-property" | "stray-whitespace" | "too-many-problems";
                                column?: number;
                                line: number;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            rawText: string;
                            sha256: string;
                            source: string;
                            usable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{slug}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived project back (team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The project slug (a former slug resolves to the project too) */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            archivedAt: string | null;
                            archivedReason: string | null;
                            categories: string[];
                            compliance: {
                                categories: {
                                    id: string;
                                    levels: {
                                        /** @enum {string} */
                                        level: "core" | "advanced";
                                        missing: string[];
                                        partial: string[];
                                        /** @enum {string} */
                                        role: "server" | "client";
                                        /** @enum {string} */
                                        state: "met" | "met-partially" | "not-met";
                                    }[];
                                    name: string;
                                }[];
                                roles: ("server" | "client")[];
                                suite: string;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            cve: {
                                collectionUrl: string | null;
                                packageName: string | null;
                                product: string | null;
                                vendor: string | null;
                            };
                            doapChangedAt: string | null;
                            doapCheckedAt: string | null;
                            doapUrl: string | null;
                            edited: {
                                logoUrl: string | null;
                                securityContact: string | null;
                            };
                            formerSlugs: string[];
                            hasDoap: boolean;
                            hasDoapProblem: boolean;
                            homepage: string | null;
                            id: string;
                            inScope: boolean;
                            inScopeDecision: boolean | null;
                            lastConfirmedAt: string | null;
                            listName: string | null;
                            listUrl: string | null;
                            logoUrl: string | null;
                            maintainerCount: number;
                            maintainers?: {
                                accountEmail: string;
                                /** @description An instant in UTC, ISO 8601 */
                                addedAt: string;
                                contactEmail: string;
                                displayName: string;
                                openpgpKey: string | null;
                                securityContact: boolean;
                                userId: string;
                                xmppAddress: string | null;
                            }[];
                            /** @enum {string} */
                            maintenance: "active" | "quiet" | "unconfirmed" | "archived";
                            maintenanceStatus: {
                                archivalCandidate: boolean;
                                archivedAt: string | null;
                                reasons: string[];
                                signals: {
                                    ageDays: number | null;
                                    at: string | null;
                                    fresh: boolean;
                                    /** @enum {string} */
                                    kind: "release" | "doap-change" | "confirmation";
                                }[];
                                /** @enum {string} */
                                state: "active" | "quiet" | "unconfirmed" | "archived";
                            };
                            name: string;
                            newestRelease: {
                                date: string | null;
                                version: string | null;
                            } | null;
                            notes: string;
                            onSoftwareList: boolean;
                            platforms: string[];
                            problems: {
                                at: string | null;
                                code: string;
                                line: number | null;
                                message: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                snapshotId: string | null;
                                /** @enum {string} */
                                source: "fetch" | "doap";
                            }[];
                            programmingLanguages: string[];
                            releases: {
                                branch: string | null;
                                created: string | null;
                                name: string | null;
                                revision: string | null;
                            }[];
                            repository: string | null;
                            rfcs: number[];
                            securityContact: string | null;
                            securityPolicyUrl: string | null;
                            shortdesc: string | null;
                            slug: string;
                            snapshots: {
                                byteLength: number;
                                current: boolean;
                                /** @description An instant in UTC, ISO 8601 */
                                fetchedAt: string;
                                id: string;
                                /** @description An instant in UTC, ISO 8601 */
                                lastSeenAt: string;
                                problemCount: number;
                                sha256: string;
                                source: string;
                                usable: boolean;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                            xepCount: number;
                            xeps: {
                                note: string | null;
                                number: number;
                                rawStatus: string | null;
                                since: string | null;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                title: string | null;
                                until: string | null;
                                version: string | null;
                                xepStatus: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current published register: a complete HTML page (default), Markdown, or its contents as JSON */
        get: {
            parameters: {
                query?: {
                    /** @description html (default), md or json */
                    format?: "html" | "md" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document as text/html or text/markdown; with format=json, the version's contents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                added: string[];
                                changed: {
                                    changes: string[];
                                    slug: string;
                                }[];
                                previous: number;
                                removed: string[];
                            } | null;
                            notes: string;
                            number: number;
                            /** @description An instant in UTC, ISO 8601 */
                            publishedAt: string;
                            /** @description Team only */
                            publishedBy: string | null;
                            threatCount: number;
                            threats: {
                                name: string;
                                priority: {
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "medium" | "low";
                                    score: number;
                                };
                                revision: number;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            }[];
                        } | string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/register.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stylesheet of the register document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/register/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the next version would look like (team); drafts=true shows the whole working register */
        get: {
            parameters: {
                query?: {
                    drafts?: "true" | "false";
                    format?: "html" | "md";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/register/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published version of the register, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: {
                                notes: string;
                                number: number;
                                /** @description An instant in UTC, ISO 8601 */
                                publishedAt: string;
                                /** @description Team only */
                                publishedBy: string | null;
                                threatCount: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish the next version (team): every threat’s latest reviewed or retired revision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                added: string[];
                                changed: {
                                    changes: string[];
                                    slug: string;
                                }[];
                                previous: number;
                                removed: string[];
                            } | null;
                            notes: string;
                            number: number;
                            /** @description An instant in UTC, ISO 8601 */
                            publishedAt: string;
                            /** @description Team only */
                            publishedBy: string | null;
                            threatCount: number;
                            threats: {
                                name: string;
                                priority: {
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "medium" | "low";
                                    score: number;
                                };
                                revision: number;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/register/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version exactly as published: HTML (default), Markdown, or its contents as JSON */
        get: {
            parameters: {
                query?: {
                    /** @description html (default), md or json */
                    format?: "html" | "md" | "json";
                };
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document as text/html or text/markdown; with format=json, the version's contents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                added: string[];
                                changed: {
                                    changes: string[];
                                    slug: string;
                                }[];
                                previous: number;
                                removed: string[];
                            } | null;
                            notes: string;
                            number: number;
                            /** @description An instant in UTC, ISO 8601 */
                            publishedAt: string;
                            /** @description Team only */
                            publishedBy: string | null;
                            threatCount: number;
                            threats: {
                                name: string;
                                priority: {
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "medium" | "low";
                                    score: number;
                                };
                                revision: number;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            }[];
                        } | string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports, newest first: the triage queue with ?status=new (team) */
        get: {
            parameters: {
                query?: {
                    status?: "new" | "accepted" | "merged" | "closed_duplicate" | "closed_not_vulnerability" | "closed_out_of_scope";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports: {
                                acknowledgedAt: string | null;
                                attachments: {
                                    contentType: string;
                                    filename: string;
                                    id: string;
                                    sha256: string;
                                    size: number;
                                }[];
                                caseId: string | null;
                                creditAs: string | null;
                                creditConsent: boolean;
                                description: string | null;
                                disclosurePlans: string | null;
                                encryptedBody: string | null;
                                id: string;
                                impact: string | null;
                                messages: {
                                    authorLabel: string;
                                    body: string;
                                    /** @description An instant in UTC, ISO 8601 */
                                    createdAt: string;
                                    /** @enum {string} */
                                    fromSide: "reporter" | "team";
                                }[];
                                projects: {
                                    inScope: boolean | null;
                                    listed: boolean;
                                    name: string;
                                    slug: string | null;
                                }[];
                                /** @description An instant in UTC, ISO 8601 */
                                receivedAt: string;
                                reference: string;
                                reporterEmail: string;
                                reporterName: string;
                                reporterXmpp: string | null;
                                /** @enum {string} */
                                status: "new" | "accepted" | "merged" | "closed_duplicate" | "closed_not_vulnerability" | "closed_out_of_scope";
                                steps: string | null;
                                title: string;
                                triageReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Send a vulnerability report (optionally encrypted to the team's OpenPGP key); returns the private tracking link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachments?: {
                            contentType?: string;
                            /**
                             * Format: byte
                             * @description The file, base64-encoded
                             */
                            data: string;
                            filename: string;
                        }[];
                        creditAs?: string;
                        creditConsent: boolean;
                        description?: string;
                        disclosurePlans?: string;
                        encryptedBody?: string;
                        impact?: string;
                        projects: {
                            name: string;
                            slug?: string;
                        }[];
                        proofOfWork: {
                            counter: string;
                            token: string;
                        };
                        /** Format: email */
                        reporterEmail: string;
                        reporterName?: string;
                        reporterXmpp?: string;
                        steps?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            trackingLink: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report (team) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            attachments: {
                                contentType: string;
                                filename: string;
                                id: string;
                                sha256: string;
                                size: number;
                            }[];
                            caseId: string | null;
                            creditAs: string | null;
                            creditConsent: boolean;
                            description: string | null;
                            disclosurePlans: string | null;
                            encryptedBody: string | null;
                            id: string;
                            impact: string | null;
                            messages: {
                                authorLabel: string;
                                body: string;
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                /** @enum {string} */
                                fromSide: "reporter" | "team";
                            }[];
                            projects: {
                                inScope: boolean | null;
                                listed: boolean;
                                name: string;
                                slug: string | null;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            receivedAt: string;
                            reference: string;
                            reporterEmail: string;
                            reporterName: string;
                            reporterXmpp: string | null;
                            /** @enum {string} */
                            status: "new" | "accepted" | "merged" | "closed_duplicate" | "closed_not_vulnerability" | "closed_out_of_scope";
                            steps: string | null;
                            title: string;
                            triageReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a report (team) */
        post: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (team); never served inline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to the reporter (team) */
        post: {
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
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept into a new case, merge into a case, or close with a reason sent to the reporter (team) */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        action: "accept";
                        message?: string;
                        title?: string;
                    } | {
                        /** @enum {string} */
                        action: "merge";
                        caseId: string;
                        message?: string;
                    } | {
                        /** @enum {string} */
                        action: "close";
                        message: string;
                        /** @enum {string} */
                        reason: "duplicate" | "not_vulnerability" | "out_of_scope";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string | null;
                            /** @enum {string} */
                            status: "new" | "accepted" | "merged" | "closed_duplicate" | "closed_not_vulnerability" | "closed_out_of_scope";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge to solve before sending a report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bits: number;
                            /** @description An instant in UTC, ISO 8601 */
                            expiresAt: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporter's view of a report; the secret from the tracking link goes in the x-tracking-token header */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            case: {
                                cveIds: string[];
                                embargoAt: string | null;
                                id: string;
                                projects: {
                                    displayName: string;
                                    fixedIn: string | null;
                                    /** @enum {string} */
                                    status: "not_assessed" | "affected" | "not_affected" | "fixed" | "wont_fix";
                                }[];
                                publishedAt: string | null;
                                /** @enum {string} */
                                state: "triage" | "coordinating" | "scheduled" | "published" | "closed" | "rejected";
                            } | null;
                            messages: {
                                authorLabel: string;
                                body: string;
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                /** @enum {string} */
                                fromSide: "reporter" | "team";
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            status: "new" | "accepted" | "merged" | "closed_duplicate" | "closed_not_vulnerability" | "closed_out_of_scope";
                            title: string;
                            triageReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/track/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reporter answers the team through the tracking link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe an e-mail address to advisories (a confirmation link is sent; optionally an OpenPGP key to encrypt to) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        openpgpKey?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "confirmation_sent";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a subscription with the token from its e-mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a subscription with the token from its e-mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The security team's OpenPGP public key, for encrypted reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            armored: string;
                            expiresAt: string | null;
                            fingerprint: string;
                            userIds: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Set the team's OpenPGP public key (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        armored: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            armored: string;
                            expiresAt: string | null;
                            fingerprint: string;
                            userIds: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The threat register, ordered by priority (drafts for the team only) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "reviewed" | "retired";
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            threats: {
                                cheapestAttack: {
                                    cost: number;
                                    likelihood: number;
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                exposureMetric: string | null;
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @description The latest revision, drafts included (team only) */
                                latestRevision: number | null;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                name: string;
                                priority: {
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "medium" | "low";
                                    score: number;
                                };
                                publicRevision: number | null;
                                /** @description The revision shown */
                                revision: number;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                /** @description An instant in UTC, ISO 8601 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a threat (team); its first revision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the change is made; kept with the revision */
                        reason: string;
                        /** @description The threat document (every field of the template), as JSON */
                        threat?: unknown;
                        /** @description Or the text of a threat file in YAML */
                        yaml?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                cheapestAttack: {
                                    cost: number;
                                    edges: [
                                        string,
                                        string
                                    ][];
                                    leaves: string[];
                                    likelihood: number;
                                    nodes: string[];
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                cutNodes: string[];
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @enum {string} */
                                likelihoodBand: "low" | "medium" | "high";
                                nodes: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    id: string;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                }[];
                                undeployedMitigations: {
                                    after: {
                                        /** @description US dollars; null when blocked */
                                        cost: number | null;
                                        feasible: boolean;
                                        likelihood: number;
                                        skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                    };
                                    blocksGoal: boolean;
                                    cutsCheapestAttack: boolean;
                                    id: string;
                                    label: string;
                                    node: string;
                                    providedBy: string[];
                                }[];
                                unmitigated: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                            };
                            cheapestAttack: {
                                cost: number;
                                likelihood: number;
                                /** @enum {string} */
                                skill: "none" | "basic" | "skilled" | "expert" | "state";
                            } | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            /** @enum {string} */
                            damage: "low" | "medium" | "high";
                            exposure: {
                                figure: {
                                    href?: string;
                                    measuredAt: string;
                                    sample: number;
                                    share: number;
                                } | null;
                                metric: string;
                            } | null;
                            exposureMetric: string | null;
                            goal: {
                                /** @description US dollars; null when blocked */
                                cost: number | null;
                                feasible: boolean;
                                likelihood: number;
                                skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                            };
                            /** @description The latest revision, drafts included (team only) */
                            latestRevision: number | null;
                            /** @enum {string} */
                            likelihood: "low" | "medium" | "high";
                            links: {
                                cases: {
                                    caseId: string;
                                    note: string;
                                    public: boolean;
                                }[];
                                cves: {
                                    id: string;
                                    url: string;
                                }[];
                                rfcs: {
                                    label: string;
                                    number: number;
                                    url: string;
                                }[];
                                xeps: {
                                    label: string;
                                    number: number;
                                    status: string | null;
                                    title: string | null;
                                    url: string;
                                }[];
                            };
                            name: string;
                            /** @description The attack tree as an indented outline */
                            outline: string;
                            priority: {
                                /** @enum {string} */
                                priority: "critical" | "high" | "medium" | "low";
                                score: number;
                            };
                            publicRevision: number | null;
                            /** @description The revision shown */
                            revision: number;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "retired";
                            /** @description The attack tree as an SVG document */
                            svg: string;
                            tags: string[];
                            threat: {
                                abstract: string;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                definition: string;
                                existingApproaches: {
                                    description: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                /** @enum {string} */
                                exposureMetric?: "starttls-not-required" | "identity-failure" | "tls-below-1.2" | "no-dane" | "plain-before-tls" | "dialback-only" | "no-channel-binding" | "open-registration";
                                gap: string;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                links: {
                                    cves: string[];
                                    rfcs: number[];
                                    xeps: number[];
                                };
                                name: string;
                                potentialApproaches: {
                                    description: string;
                                    implementationIssues: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                recommendation: string;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                tree: {
                                    nodes: {
                                        children?: string[];
                                        estimate?: {
                                            cost: number;
                                            likelihood: number;
                                            /** @enum {string} */
                                            skill: "none" | "basic" | "skilled" | "expert" | "state";
                                        };
                                        /** @enum {string} */
                                        gate?: "and" | "or";
                                        id: string;
                                        label: string;
                                        mitigations?: {
                                            deployed: boolean;
                                            id: string;
                                            label: string;
                                            providedBy: string[];
                                        }[];
                                    }[];
                                    root: string;
                                };
                            };
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One threat with its tree analysis, diagram and outline; ?revision= for an older one */
        get: {
            parameters: {
                query?: {
                    revision?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                cheapestAttack: {
                                    cost: number;
                                    edges: [
                                        string,
                                        string
                                    ][];
                                    leaves: string[];
                                    likelihood: number;
                                    nodes: string[];
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                cutNodes: string[];
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @enum {string} */
                                likelihoodBand: "low" | "medium" | "high";
                                nodes: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    id: string;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                }[];
                                undeployedMitigations: {
                                    after: {
                                        /** @description US dollars; null when blocked */
                                        cost: number | null;
                                        feasible: boolean;
                                        likelihood: number;
                                        skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                    };
                                    blocksGoal: boolean;
                                    cutsCheapestAttack: boolean;
                                    id: string;
                                    label: string;
                                    node: string;
                                    providedBy: string[];
                                }[];
                                unmitigated: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                            };
                            cheapestAttack: {
                                cost: number;
                                likelihood: number;
                                /** @enum {string} */
                                skill: "none" | "basic" | "skilled" | "expert" | "state";
                            } | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            /** @enum {string} */
                            damage: "low" | "medium" | "high";
                            exposure: {
                                figure: {
                                    href?: string;
                                    measuredAt: string;
                                    sample: number;
                                    share: number;
                                } | null;
                                metric: string;
                            } | null;
                            exposureMetric: string | null;
                            goal: {
                                /** @description US dollars; null when blocked */
                                cost: number | null;
                                feasible: boolean;
                                likelihood: number;
                                skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                            };
                            /** @description The latest revision, drafts included (team only) */
                            latestRevision: number | null;
                            /** @enum {string} */
                            likelihood: "low" | "medium" | "high";
                            links: {
                                cases: {
                                    caseId: string;
                                    note: string;
                                    public: boolean;
                                }[];
                                cves: {
                                    id: string;
                                    url: string;
                                }[];
                                rfcs: {
                                    label: string;
                                    number: number;
                                    url: string;
                                }[];
                                xeps: {
                                    label: string;
                                    number: number;
                                    status: string | null;
                                    title: string | null;
                                    url: string;
                                }[];
                            };
                            name: string;
                            /** @description The attack tree as an indented outline */
                            outline: string;
                            priority: {
                                /** @enum {string} */
                                priority: "critical" | "high" | "medium" | "low";
                                score: number;
                            };
                            publicRevision: number | null;
                            /** @description The revision shown */
                            revision: number;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "retired";
                            /** @description The attack tree as an SVG document */
                            svg: string;
                            tags: string[];
                            threat: {
                                abstract: string;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                definition: string;
                                existingApproaches: {
                                    description: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                /** @enum {string} */
                                exposureMetric?: "starttls-not-required" | "identity-failure" | "tls-below-1.2" | "no-dane" | "plain-before-tls" | "dialback-only" | "no-channel-binding" | "open-registration";
                                gap: string;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                links: {
                                    cves: string[];
                                    rfcs: number[];
                                    xeps: number[];
                                };
                                name: string;
                                potentialApproaches: {
                                    description: string;
                                    implementationIssues: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                recommendation: string;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                tree: {
                                    nodes: {
                                        children?: string[];
                                        estimate?: {
                                            cost: number;
                                            likelihood: number;
                                            /** @enum {string} */
                                            skill: "none" | "basic" | "skilled" | "expert" | "state";
                                        };
                                        /** @enum {string} */
                                        gate?: "and" | "or";
                                        id: string;
                                        label: string;
                                        mitigations?: {
                                            deployed: boolean;
                                            id: string;
                                            label: string;
                                            providedBy: string[];
                                        }[];
                                    }[];
                                    root: string;
                                };
                            };
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Save a new revision (team); baseRevision is the revision the edit started from (409 when someone saved meanwhile) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseRevision: number;
                        /** @description Why the change is made; kept with the revision */
                        reason: string;
                        /** @description The threat document (every field of the template), as JSON */
                        threat?: unknown;
                        /** @description Or the text of a threat file in YAML */
                        yaml?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                cheapestAttack: {
                                    cost: number;
                                    edges: [
                                        string,
                                        string
                                    ][];
                                    leaves: string[];
                                    likelihood: number;
                                    nodes: string[];
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                cutNodes: string[];
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @enum {string} */
                                likelihoodBand: "low" | "medium" | "high";
                                nodes: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    id: string;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                }[];
                                undeployedMitigations: {
                                    after: {
                                        /** @description US dollars; null when blocked */
                                        cost: number | null;
                                        feasible: boolean;
                                        likelihood: number;
                                        skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                    };
                                    blocksGoal: boolean;
                                    cutsCheapestAttack: boolean;
                                    id: string;
                                    label: string;
                                    node: string;
                                    providedBy: string[];
                                }[];
                                unmitigated: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                            };
                            cheapestAttack: {
                                cost: number;
                                likelihood: number;
                                /** @enum {string} */
                                skill: "none" | "basic" | "skilled" | "expert" | "state";
                            } | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            /** @enum {string} */
                            damage: "low" | "medium" | "high";
                            exposure: {
                                figure: {
                                    href?: string;
                                    measuredAt: string;
                                    sample: number;
                                    share: number;
                                } | null;
                                metric: string;
                            } | null;
                            exposureMetric: string | null;
                            goal: {
                                /** @description US dollars; null when blocked */
                                cost: number | null;
                                feasible: boolean;
                                likelihood: number;
                                skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                            };
                            /** @description The latest revision, drafts included (team only) */
                            latestRevision: number | null;
                            /** @enum {string} */
                            likelihood: "low" | "medium" | "high";
                            links: {
                                cases: {
                                    caseId: string;
                                    note: string;
                                    public: boolean;
                                }[];
                                cves: {
                                    id: string;
                                    url: string;
                                }[];
                                rfcs: {
                                    label: string;
                                    number: number;
                                    url: string;
                                }[];
                                xeps: {
                                    label: string;
                                    number: number;
                                    status: string | null;
                                    title: string | null;
                                    url: string;
                                }[];
                            };
                            name: string;
                            /** @description The attack tree as an indented outline */
                            outline: string;
                            priority: {
                                /** @enum {string} */
                                priority: "critical" | "high" | "medium" | "low";
                                score: number;
                            };
                            publicRevision: number | null;
                            /** @description The revision shown */
                            revision: number;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "retired";
                            /** @description The attack tree as an SVG document */
                            svg: string;
                            tags: string[];
                            threat: {
                                abstract: string;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                definition: string;
                                existingApproaches: {
                                    description: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                /** @enum {string} */
                                exposureMetric?: "starttls-not-required" | "identity-failure" | "tls-below-1.2" | "no-dane" | "plain-before-tls" | "dialback-only" | "no-channel-binding" | "open-registration";
                                gap: string;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                links: {
                                    cves: string[];
                                    rfcs: number[];
                                    xeps: number[];
                                };
                                name: string;
                                potentialApproaches: {
                                    description: string;
                                    implementationIssues: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                recommendation: string;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                tree: {
                                    nodes: {
                                        children?: string[];
                                        estimate?: {
                                            cost: number;
                                            likelihood: number;
                                            /** @enum {string} */
                                            skill: "none" | "basic" | "skilled" | "expert" | "state";
                                        };
                                        /** @enum {string} */
                                        gate?: "and" | "or";
                                        id: string;
                                        label: string;
                                        mitigations?: {
                                            deployed: boolean;
                                            id: string;
                                            label: string;
                                            providedBy: string[];
                                        }[];
                                    }[];
                                    root: string;
                                };
                            };
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a case is an instance of the threat (team); shown publicly once the case is */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            note: string;
                            public: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a case link (team) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two revisions: field by field, in words, and as a YAML line diff */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                added?: string[];
                                after?: string;
                                before?: string;
                                changed?: {
                                    key: string;
                                    properties: {
                                        after?: string;
                                        before?: string;
                                        property: string;
                                    }[];
                                }[];
                                /** @enum {string} */
                                field: "slug" | "name" | "status" | "tags" | "abstract" | "definition" | "tree" | "likelihood" | "damage" | "existingApproaches" | "gap" | "potentialApproaches" | "recommendation" | "links" | "exposureMetric";
                                /** @enum {string} */
                                kind: "value" | "set" | "items" | "tree";
                                removed?: string[];
                                reordered?: boolean;
                                root?: {
                                    after: string;
                                    before: string;
                                };
                                summary: string;
                            }[];
                            from: {
                                /** @description Team only */
                                author: string | null;
                                changes: string[];
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                number: number;
                                reason: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            };
                            lines: {
                                line: string;
                                /** @enum {string} */
                                op: " " | "-" | "+";
                            }[];
                            slug: string;
                            text: string;
                            to: {
                                /** @description Team only */
                                author: string | null;
                                changes: string[];
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                number: number;
                                reason: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a threat the caller may see, with what changed in each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revisions: {
                                /** @description Team only */
                                author: string | null;
                                changes: string[];
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                number: number;
                                reason: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision: the document and its YAML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Team only */
                            author: string | null;
                            changes: string[];
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            number: number;
                            reason: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "retired";
                            threat: {
                                abstract: string;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                definition: string;
                                existingApproaches: {
                                    description: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                /** @enum {string} */
                                exposureMetric?: "starttls-not-required" | "identity-failure" | "tls-below-1.2" | "no-dane" | "plain-before-tls" | "dialback-only" | "no-channel-binding" | "open-registration";
                                gap: string;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                links: {
                                    cves: string[];
                                    rfcs: number[];
                                    xeps: number[];
                                };
                                name: string;
                                potentialApproaches: {
                                    description: string;
                                    implementationIssues: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                recommendation: string;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                tree: {
                                    nodes: {
                                        children?: string[];
                                        estimate?: {
                                            cost: number;
                                            likelihood: number;
                                            /** @enum {string} */
                                            skill: "none" | "basic" | "skilled" | "expert" | "state";
                                        };
                                        /** @enum {string} */
                                        gate?: "and" | "or";
                                        id: string;
                                        label: string;
                                        mitigations?: {
                                            deployed: boolean;
                                            id: string;
                                            label: string;
                                            providedBy: string[];
                                        }[];
                                    }[];
                                    root: string;
                                };
                            };
                            yaml: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a threat draft, reviewed or retired (team); a new revision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseRevision: number;
                        /** @description Why the change is made; kept with the revision */
                        reason: string;
                        /** @enum {string} */
                        status: "draft" | "reviewed" | "retired";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                cheapestAttack: {
                                    cost: number;
                                    edges: [
                                        string,
                                        string
                                    ][];
                                    leaves: string[];
                                    likelihood: number;
                                    nodes: string[];
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                cutNodes: string[];
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @enum {string} */
                                likelihoodBand: "low" | "medium" | "high";
                                nodes: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    id: string;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                }[];
                                undeployedMitigations: {
                                    after: {
                                        /** @description US dollars; null when blocked */
                                        cost: number | null;
                                        feasible: boolean;
                                        likelihood: number;
                                        skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                    };
                                    blocksGoal: boolean;
                                    cutsCheapestAttack: boolean;
                                    id: string;
                                    label: string;
                                    node: string;
                                    providedBy: string[];
                                }[];
                                unmitigated: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                            };
                            cheapestAttack: {
                                cost: number;
                                likelihood: number;
                                /** @enum {string} */
                                skill: "none" | "basic" | "skilled" | "expert" | "state";
                            } | null;
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            /** @enum {string} */
                            damage: "low" | "medium" | "high";
                            exposure: {
                                figure: {
                                    href?: string;
                                    measuredAt: string;
                                    sample: number;
                                    share: number;
                                } | null;
                                metric: string;
                            } | null;
                            exposureMetric: string | null;
                            goal: {
                                /** @description US dollars; null when blocked */
                                cost: number | null;
                                feasible: boolean;
                                likelihood: number;
                                skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                            };
                            /** @description The latest revision, drafts included (team only) */
                            latestRevision: number | null;
                            /** @enum {string} */
                            likelihood: "low" | "medium" | "high";
                            links: {
                                cases: {
                                    caseId: string;
                                    note: string;
                                    public: boolean;
                                }[];
                                cves: {
                                    id: string;
                                    url: string;
                                }[];
                                rfcs: {
                                    label: string;
                                    number: number;
                                    url: string;
                                }[];
                                xeps: {
                                    label: string;
                                    number: number;
                                    status: string | null;
                                    title: string | null;
                                    url: string;
                                }[];
                            };
                            name: string;
                            /** @description The attack tree as an indented outline */
                            outline: string;
                            priority: {
                                /** @enum {string} */
                                priority: "critical" | "high" | "medium" | "low";
                                score: number;
                            };
                            publicRevision: number | null;
                            /** @description The revision shown */
                            revision: number;
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "retired";
                            /** @description The attack tree as an SVG document */
                            svg: string;
                            tags: string[];
                            threat: {
                                abstract: string;
                                /** @enum {string} */
                                damage: "low" | "medium" | "high";
                                definition: string;
                                existingApproaches: {
                                    description: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                /** @enum {string} */
                                exposureMetric?: "starttls-not-required" | "identity-failure" | "tls-below-1.2" | "no-dane" | "plain-before-tls" | "dialback-only" | "no-channel-binding" | "open-registration";
                                gap: string;
                                /** @enum {string} */
                                likelihood: "low" | "medium" | "high";
                                links: {
                                    cves: string[];
                                    rfcs: number[];
                                    xeps: number[];
                                };
                                name: string;
                                potentialApproaches: {
                                    description: string;
                                    implementationIssues: string;
                                    name: string;
                                    refs: string[];
                                }[];
                                recommendation: string;
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "reviewed" | "retired";
                                tags: string[];
                                tree: {
                                    nodes: {
                                        children?: string[];
                                        estimate?: {
                                            cost: number;
                                            likelihood: number;
                                            /** @enum {string} */
                                            skill: "none" | "basic" | "skilled" | "expert" | "state";
                                        };
                                        /** @enum {string} */
                                        gate?: "and" | "or";
                                        id: string;
                                        label: string;
                                        mitigations?: {
                                            deployed: boolean;
                                            id: string;
                                            label: string;
                                            providedBy: string[];
                                        }[];
                                    }[];
                                    root: string;
                                };
                            };
                            /** @description An instant in UTC, ISO 8601 */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/tree.dot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attack tree as Graphviz DOT */
        get: {
            parameters: {
                query?: {
                    revision?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/{slug}/tree.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attack tree as an SVG image */
        get: {
            parameters: {
                query?: {
                    revision?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threats/validate-tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the YAML of an attack tree (or of a whole threat) for the editor: problems naming the node, or the analysis and diagram */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        yaml: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                cheapestAttack: {
                                    cost: number;
                                    edges: [
                                        string,
                                        string
                                    ][];
                                    leaves: string[];
                                    likelihood: number;
                                    nodes: string[];
                                    /** @enum {string} */
                                    skill: "none" | "basic" | "skilled" | "expert" | "state";
                                } | null;
                                cutNodes: string[];
                                goal: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                                /** @enum {string} */
                                likelihoodBand: "low" | "medium" | "high";
                                nodes: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    id: string;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                }[];
                                undeployedMitigations: {
                                    after: {
                                        /** @description US dollars; null when blocked */
                                        cost: number | null;
                                        feasible: boolean;
                                        likelihood: number;
                                        skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                    };
                                    blocksGoal: boolean;
                                    cutsCheapestAttack: boolean;
                                    id: string;
                                    label: string;
                                    node: string;
                                    providedBy: string[];
                                }[];
                                unmitigated: {
                                    /** @description US dollars; null when blocked */
                                    cost: number | null;
                                    feasible: boolean;
                                    likelihood: number;
                                    skill: ("none" | "basic" | "skilled" | "expert" | "state") | null;
                                };
                            } | null;
                            dot: string | null;
                            issues: {
                                code: string;
                                column?: number;
                                line?: number;
                                message: string;
                                node?: string;
                                path: (string | number)[];
                            }[];
                            /** @enum {string} */
                            kind: "tree" | "threat";
                            ok: boolean;
                            outline: string | null;
                            svg: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                /** @description An instant in UTC, ISO 8601 */
                                expiresAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                scopes: ("read" | "cases" | "cve" | "directory" | "threats" | "observatory" | "admin")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays: number;
                        name: string;
                        scopes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                /** @description An instant in UTC, ISO 8601 */
                                expiresAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                scopes: ("read" | "cases" | "cve" | "directory" | "threats" | "observatory" | "admin")[];
                            };
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transparency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly figures: reports, cases, advisories and CVEs, and median days to acknowledge, fix and publish */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: {
                                advisoriesPublished: number;
                                casesOpened: number;
                                cvesPublished: number;
                                medianDaysToAcknowledge: number | null;
                                medianDaysToFix: number | null;
                                medianDaysToPublish: number | null;
                                reportsReceived: number;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All accounts (team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                lastLoginAt: string | null;
                                openpgpFingerprint: string | null;
                                /** @enum {string} */
                                role: "admin" | "team" | "maintainer" | "reporter";
                                totpEnabled: boolean;
                                xmppAddress: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account (admin); returns its one-time setup link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "team" | "maintainer" | "reporter";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setupLink: string;
                            user: {
                                /** @description An instant in UTC, ISO 8601 */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                lastLoginAt: string | null;
                                openpgpFingerprint: string | null;
                                /** @enum {string} */
                                role: "admin" | "team" | "maintainer" | "reporter";
                                totpEnabled: boolean;
                                xmppAddress: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{email}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account (admin): ends its sessions and revokes its tokens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An instant in UTC, ISO 8601 */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            email: string;
                            id: string;
                            lastLoginAt: string | null;
                            openpgpFingerprint: string | null;
                            /** @enum {string} */
                            role: "admin" | "team" | "maintainer" | "reporter";
                            totpEnabled: boolean;
                            xmppAddress: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/xeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The XEP list with the number of implementations on record */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Search in titles and short names, or a number */
                    q?: string;
                    status?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            xeps: {
                                implementations: number;
                                lastRevision: {
                                    date: string;
                                    version: string;
                                } | null;
                                number: number;
                                shortname: string | null;
                                status: string;
                                title: string;
                                type: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/xeps/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A XEP with every project that declares it, its support status and version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abstract: string | null;
                            implementations: {
                                archived: boolean;
                                inScope: boolean;
                                name: string;
                                note: string | null;
                                rawStatus: string | null;
                                since: string | null;
                                slug: string;
                                status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                until: string | null;
                                version: string | null;
                            }[];
                            lastRevision: {
                                date: string;
                                version: string;
                            } | null;
                            listed: boolean;
                            number: number;
                            shortname: string | null;
                            status: string | null;
                            supersededBy: string[];
                            supersedes: string[];
                            tags: string[];
                            title: string | null;
                            type: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/xeps/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** XEPs that need attention: Experimental without revision for 12 months, Experimental with several complete implementations, Deprecated/Obsolete still implemented */
        get: {
            parameters: {
                query?: {
                    minCompleteImplementations?: number;
                    staleAfterMonths?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advancementCandidates: {
                                completeImplementations: {
                                    project: string;
                                    status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                    version: string | null;
                                }[];
                                number: number;
                                title: string;
                            }[];
                            dueForDeferral: {
                                lastRevision: {
                                    date: string;
                                    version: string;
                                } | null;
                                monthsSinceRevision: number | null;
                                number: number;
                                title: string;
                            }[];
                            /** @description An instant in UTC, ISO 8601 */
                            generatedAt: string;
                            retiredButImplemented: {
                                implementations: {
                                    project: string;
                                    status: ("complete" | "partial" | "planned" | "deprecated" | "removed" | "wontfix") | null;
                                    version: string | null;
                                }[];
                                number: number;
                                /** @enum {string} */
                                status: "Deprecated" | "Obsolete";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/xeps/health/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who gets the monthly XEP health report by e-mail (team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emails: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Set who gets the monthly XEP health report; an empty list stops it (team) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        emails: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emails: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
