/* Generated from openapi/openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
    "/api/account": {
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
        /** Change my name or language */
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
                        /** @enum {string} */
                        locale?: "es" | "en";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (other sessions end) */
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
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/account/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"][];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token (the secret is shown only in this response) */
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
                        expiresInDays?: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            secret: string;
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
    "/api/account/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "queued" | "running" | "done" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                            total: number;
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
    "/api/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mails written by Veta (the outbox when no SMTP server is configured) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Mail"][];
                            total: number;
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log, newest first, with filters */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    before?: number;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEvent"][];
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain of the audit log */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            broken?: {
                                id: string;
                                /** @enum {string} */
                                reason: "hash_mismatch" | "link_mismatch";
                                seq: number;
                            };
                            checked: number;
                            ok: boolean;
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
    "/api/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who an invitation is for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            name: string;
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
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set a password and sign in */
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
                        name?: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
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
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password-reset link (same answer whether or not the address exists) */
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
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link (ends all sessions) */
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
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session (user null when signed out) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
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
    "/api/auth/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
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
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first administrator (one-time token from the server log) */
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
                        /**
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "en";
                        name: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
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
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
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
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this session) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, version and database kind */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                            /** Format: date-time */
                            time: string;
                            version: string;
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
    "/api/impact/analyses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One analysis with its model, fit quality, savings and series */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavingsAnalysis"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an analysis that is not verified */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact/analyses/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the savings of a sufficient, valid analysis (staff) */
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
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavingsAnalysis"];
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
    "/api/impact/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verified savings and CO2e avoided: totals and by category, region, year, carrier and award (cluster-wide, or one organisation) */
        get: {
            parameters: {
                query?: {
                    organisationId?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImpactDashboard"];
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
    "/api/impact/emission-factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emission factors by carrier, unit and year, with their sources */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmissionFactor"][];
                    };
                };
            };
        };
        put?: never;
        /** Add a factor (in force from its year) */
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
                        /** @enum {string} */
                        carrier: "electricity" | "gas" | "diesel";
                        kgCo2ePerUnit: number;
                        kwhPerUnit: number;
                        notes?: string | null;
                        source: string;
                        /** @enum {string} */
                        unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmissionFactor"];
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
    "/api/impact/emission-factors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct a factor */
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
                        /** @enum {string} */
                        carrier: "electricity" | "gas" | "diesel";
                        kgCo2ePerUnit: number;
                        kwhPerUnit: number;
                        notes?: string | null;
                        source: string;
                        /** @enum {string} */
                        unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmissionFactor"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a factor */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Readings from a site (HTTP batch): header x-site-token; all stored or none; repeats are no-ops */
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
                        readings: {
                            /** Format: date-time */
                            end?: string;
                            meter: string;
                            /** Format: date-time */
                            start: string;
                            value: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IngestResult"];
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
    "/api/impact/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Measures, newest first, with their latest verified savings */
        get: {
            parameters: {
                query?: {
                    category?: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                    funded?: "yes" | "no";
                    limit?: number;
                    offset?: number;
                    organisationId?: string;
                    q?: string;
                    siteId?: string;
                    verified?: "yes" | "no";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Measure"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a measure */
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
                        /** Format: uuid */
                        awardId?: string | null;
                        /** @enum {string} */
                        category: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                        /** Format: date */
                        completedDate?: string | null;
                        costCents?: number | null;
                        /** @default  */
                        description?: string;
                        meterIds?: string[];
                        /** Format: uuid */
                        organisationId: string;
                        /** Format: uuid */
                        siteId: string;
                        /** Format: date */
                        startDate: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
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
    "/api/impact/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a measure without verified savings */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a measure or its meters */
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
                        /** Format: uuid */
                        awardId?: string | null;
                        /** @enum {string} */
                        category?: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                        /** Format: date */
                        completedDate?: string | null;
                        costCents?: number | null;
                        description?: string;
                        meterIds?: string[];
                        /** Format: uuid */
                        siteId?: string;
                        /** Format: date */
                        startDate?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/impact/measures/{id}/analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Savings analyses of a measure, newest first (without series) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavingsAnalysisSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** Fit a baseline (CalTRACK daily/billing or production-normalised), project it over the reporting period and compute savings, FSU and CO2e */
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
                        baseline: {
                            /** Format: date */
                            end: string;
                            /** Format: date */
                            start: string;
                        };
                        /** Format: uuid */
                        energyMeterId: string;
                        /** @enum {string} */
                        model: "caltrack_daily" | "caltrack_billing" | "production";
                        /**
                         * @default {
                         *       "degreeDayMethod": "dailyMean",
                         *       "requireSignificantSlopes": false,
                         *       "useHdd": false,
                         *       "hddBaseC": 18,
                         *       "granularity": "daily",
                         *       "confidence": 0.9
                         *     }
                         */
                        options?: {
                            /** @default 0.9 */
                            confidence?: number;
                            /**
                             * @default dailyMean
                             * @enum {string}
                             */
                            degreeDayMethod?: "dailyMean" | "hourly";
                            /**
                             * @default daily
                             * @enum {string}
                             */
                            granularity?: "daily" | "monthly";
                            /** @default 18 */
                            hddBaseC?: number;
                            /** @default false */
                            requireSignificantSlopes?: boolean;
                            /** @default false */
                            useHdd?: boolean;
                        };
                        /** Format: uuid */
                        productionMeterId?: string | null;
                        reporting: {
                            /** Format: date */
                            end: string;
                            /** Format: date */
                            start: string;
                        };
                        /** Format: uuid */
                        temperatureMeterId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavingsAnalysis"];
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
    "/api/impact/measures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Measures with their verified savings as CSV or XLSX (same filters as the list) */
        get: {
            parameters: {
                query?: {
                    category?: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                    format?: "csv" | "xlsx";
                    funded?: "yes" | "no";
                    organisationId?: string;
                    q?: string;
                    siteId?: string;
                    verified?: "yes" | "no";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/api/impact/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meters, by site and code, with their first and last reading */
        get: {
            parameters: {
                query?: {
                    carrier?: "electricity" | "gas" | "diesel" | "production" | "temperature";
                    organisationId?: string;
                    siteId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meter"][];
                    };
                };
            };
        };
        put?: never;
        /** Register a meter at a site */
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
                        /** @enum {string} */
                        carrier: "electricity" | "gas" | "diesel" | "production" | "temperature";
                        code: string;
                        /** @enum {string} */
                        interval: "15min" | "hourly" | "daily" | "monthly";
                        name: string;
                        /** Format: uuid */
                        siteId: string;
                        /** @default Europe/Madrid */
                        timeZone?: string;
                        /** @enum {string} */
                        unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meter"];
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
    "/api/impact/meters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meter, with its number of readings */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meter"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a meter or change its time zone */
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
                        name?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meter"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/impact/meters/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All readings of a meter as CSV (start, end, value as stored) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/api/impact/meters/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gaps, high outliers (CalTRACK: above median + 3 IQR) and negative readings; flagged, never filled */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeterQuality"];
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
    "/api/impact/meters/{id}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readings as stored, or per hour, local day or month (sums; means for temperature) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    resolution?: "raw" | "hour" | "day" | "month";
                    to?: string;
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReadingSeries"];
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
    "/api/impact/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations (with their sites) whose impact records you may see */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImpactOrganisation"][];
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
    "/api/impact/sites/{siteId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ingestion tokens of a site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteToken"][];
                    };
                };
            };
        };
        put?: never;
        /** Create an ingestion token (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedSiteToken"];
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
    "/api/impact/sites/{siteId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an ingestion token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    siteId: string;
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact/sites/{siteId}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reading files uploaded for a site, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReadingUpload"][];
                    };
                };
            };
        };
        put?: never;
        /** Upload a CSV or XLSX file of readings (multipart field "file"); returns its columns */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReadingUpload"];
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
    "/api/impact/telemetry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The MQTT subscriber of this server: broker, topic, counters */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TelemetryStatus"];
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
    "/api/impact/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One upload with its columns and first rows */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReadingUpload"];
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
    "/api/impact/uploads/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store an upload's readings: all of them, or none when a row has an error */
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
                    "application/json": components["schemas"]["ImportMappingInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
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
    "/api/impact/uploads/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check an upload with a mapping: every row's problems, nothing stored */
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
                    "application/json": components["schemas"]["ImportMappingInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
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
    "/api/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The materials catalogue (CRMA flags, names in Spanish and English) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Material"][];
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
    "/api/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cluster offices */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"][];
                    };
                };
            };
        };
        put?: never;
        /** Create an office */
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
                        city: string;
                        code: string;
                        name: string;
                        /** @default null */
                        nutsCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"];
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
    "/api/offices/{id}": {
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
        /** Change an office */
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
                        city?: string;
                        code?: string;
                        name?: string;
                        /** @default null */
                        nutsCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people with access */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    officeId?: string;
                    offset?: number;
                    q?: string;
                    role?: "admin" | "staff" | "finance" | "member" | "applicant" | "evaluator";
                    status?: "invited" | "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            total: number;
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
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, role, offices or status */
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
                        name?: string;
                        officeIds?: string[];
                        /** @enum {string} */
                        role?: "admin" | "staff" | "finance" | "member" | "applicant" | "evaluator";
                        /** @enum {string} */
                        status?: "active" | "disabled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again (the previous link stops working) */
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
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
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
    "/api/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person by email with a role */
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
                        /**
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "en";
                        name: string;
                        /** @default [] */
                        officeIds?: string[];
                        /** @enum {string} */
                        role: "admin" | "staff" | "finance" | "member" | "applicant" | "evaluator";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiTokenInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        AuditEvent: {
            action: string;
            /** Format: uuid */
            actorId: string | null;
            actorLabel: string;
            /** Format: date-time */
            at: string;
            entityId: string | null;
            entityType: string;
            hash: string;
            /** Format: uuid */
            id: string;
            requestId: string | null;
            seq: number;
            summary: unknown;
        };
        AuditEventInput: {
            action: string;
            /** Format: uuid */
            actorId: string | null;
            actorLabel: string;
            /** Format: date-time */
            at: string;
            entityId: string | null;
            entityType: string;
            hash: string;
            /** Format: uuid */
            id: string;
            requestId: string | null;
            seq: number;
            summary: unknown;
        };
        CreatedSiteToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            secret: string;
            /** Format: uuid */
            siteId: string;
        };
        CreatedSiteTokenInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            secret: string;
            /** Format: uuid */
            siteId: string;
        };
        EmissionFactor: {
            /** @enum {string} */
            carrier: "electricity" | "gas" | "diesel";
            /** Format: uuid */
            id: string;
            kgCo2ePerUnit: number;
            kwhPerUnit: number;
            notes: string | null;
            source: string;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
            /** Format: date-time */
            updatedAt: string;
            year: number;
        };
        EmissionFactorInput: {
            /** @enum {string} */
            carrier: "electricity" | "gas" | "diesel";
            /** Format: uuid */
            id: string;
            kgCo2ePerUnit: number;
            kwhPerUnit: number;
            notes: string | null;
            source: string;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
            /** Format: date-time */
            updatedAt: string;
            year: number;
        };
        FieldIssue: {
            code: string;
            message?: string;
            params?: {
                [key: string]: unknown;
            };
            path: string;
        };
        FieldIssueInput: {
            code: string;
            message?: string;
            params?: {
                [key: string]: unknown;
            };
            path: string;
        };
        ImpactDashboard: {
            byAward: {
                /** Format: uuid */
                awardId: string;
                co2eKg: number;
                measures: number;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byCarrier: {
                /** @enum {string} */
                carrier: "electricity" | "gas" | "diesel";
                co2eKg: number;
                savingsKwh: number;
            }[];
            byCategory: {
                /** @enum {string} */
                category: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                co2eKg: number;
                measures: number;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byRegion: {
                co2eKg: number;
                measures: number;
                nuts2: string;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byYear: {
                co2eKg: number;
                savingsKwh: number;
                year: number;
            }[];
            totals: {
                co2eKg: number;
                fundedCo2eKg: number;
                fundedMeasures: number;
                fundedSavingsKwh: number;
                measures: number;
                organisations: number;
                savingsKwh: number;
                verifiedMeasures: number;
            };
            year: number | null;
        };
        ImpactDashboardInput: {
            byAward: {
                /** Format: uuid */
                awardId: string;
                co2eKg: number;
                measures: number;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byCarrier: {
                /** @enum {string} */
                carrier: "electricity" | "gas" | "diesel";
                co2eKg: number;
                savingsKwh: number;
            }[];
            byCategory: {
                /** @enum {string} */
                category: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
                co2eKg: number;
                measures: number;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byRegion: {
                co2eKg: number;
                measures: number;
                nuts2: string;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byYear: {
                co2eKg: number;
                savingsKwh: number;
                year: number;
            }[];
            totals: {
                co2eKg: number;
                fundedCo2eKg: number;
                fundedMeasures: number;
                fundedSavingsKwh: number;
                measures: number;
                organisations: number;
                savingsKwh: number;
                verifiedMeasures: number;
            };
            year: number | null;
        };
        ImpactOrganisation: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string | null;
            sites: components["schemas"]["ImpactSite"][];
        };
        ImpactOrganisationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string | null;
            sites: components["schemas"]["ImpactSiteInput"][];
        };
        ImpactSite: {
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            name: string;
            nutsCode: string | null;
            provinceCode: string | null;
        };
        ImpactSiteInput: {
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            name: string;
            nutsCode: string | null;
            provinceCode: string | null;
        };
        ImportMapping: {
            columns: {
                column: string;
                /** Format: uuid */
                meterId: string;
            }[];
            /**
             * @default .
             * @enum {string}
             */
            decimalSeparator: "." | ",";
            endColumn?: string;
            timestampColumn: string;
            /**
             * @default iso
             * @enum {string}
             */
            timestampFormat: "iso" | "dmy" | "ymd" | "mdy";
            /**
             * @default start
             * @enum {string}
             */
            timestampMarks: "start" | "end";
            timeZone?: string;
        };
        ImportMappingInput: {
            columns: {
                column: string;
                /** Format: uuid */
                meterId: string;
            }[];
            /**
             * @default .
             * @enum {string}
             */
            decimalSeparator: "." | ",";
            endColumn?: string;
            timestampColumn: string;
            /**
             * @default iso
             * @enum {string}
             */
            timestampFormat: "iso" | "dmy" | "ymd" | "mdy";
            /**
             * @default start
             * @enum {string}
             */
            timestampMarks: "start" | "end";
            timeZone?: string;
        };
        ImportReport: {
            committed: boolean;
            conflicts: number;
            duplicates: number;
            errors: number;
            newReadings: number;
            problems: {
                code: string;
                column: string | null;
                message: string;
                row: number;
                /** @enum {string} */
                severity: "error" | "warning";
            }[];
            readings: number;
            rows: number;
            stored: number;
            truncated: boolean;
            /** Format: uuid */
            uploadId: string;
            warnings: number;
        };
        ImportReportInput: {
            committed: boolean;
            conflicts: number;
            duplicates: number;
            errors: number;
            newReadings: number;
            problems: {
                code: string;
                column: string | null;
                message: string;
                row: number;
                /** @enum {string} */
                severity: "error" | "warning";
            }[];
            readings: number;
            rows: number;
            stored: number;
            truncated: boolean;
            /** Format: uuid */
            uploadId: string;
            warnings: number;
        };
        IngestResult: {
            duplicates: number;
            received: number;
            stored: number;
        };
        IngestResultInput: {
            duplicates: number;
            received: number;
            stored: number;
        };
        Job: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            maxAttempts: number;
            name: string;
            /** Format: date-time */
            runAt: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
        };
        JobInput: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            maxAttempts: number;
            name: string;
            /** Format: date-time */
            runAt: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
        };
        Mail: {
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            html: string;
            /** Format: uuid */
            id: string;
            locale: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "outbox" | "queued" | "sent" | "failed";
            subject: string;
            template: string;
            text: string;
            to: string;
        };
        MailInput: {
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            html: string;
            /** Format: uuid */
            id: string;
            locale: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "outbox" | "queued" | "sent" | "failed";
            subject: string;
            template: string;
            text: string;
            to: string;
        };
        Material: {
            batteryChain: boolean;
            critical: boolean;
            group: string;
            id: string;
            memberOf: string | null;
            nameEn: string;
            nameEs: string;
            /** @enum {string} */
            source: "catalogue" | "custom";
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            symbol: string | null;
        };
        MaterialInput: {
            batteryChain: boolean;
            critical: boolean;
            group: string;
            id: string;
            memberOf: string | null;
            nameEn: string;
            nameEs: string;
            /** @enum {string} */
            source: "catalogue" | "custom";
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            symbol: string | null;
        };
        Measure: {
            /** Format: uuid */
            awardId: string | null;
            /** @enum {string} */
            category: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
            /** Format: date */
            completedDate: string | null;
            costCents: number | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            description: string;
            /** Format: uuid */
            id: string;
            meterIds: string[];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            siteId: string;
            siteName: string;
            /** Format: date */
            startDate: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            verified: components["schemas"]["VerifiedSavings"] | null;
        };
        MeasureInput: {
            /** Format: uuid */
            awardId: string | null;
            /** @enum {string} */
            category: "energy_efficiency" | "circular_economy" | "environmental_protection" | "digitalisation";
            /** Format: date */
            completedDate: string | null;
            costCents: number | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            description: string;
            /** Format: uuid */
            id: string;
            meterIds: string[];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            siteId: string;
            siteName: string;
            /** Format: date */
            startDate: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            verified: components["schemas"]["VerifiedSavingsInput"] | null;
        };
        Meter: {
            /** @enum {string} */
            carrier: "electricity" | "gas" | "diesel" | "production" | "temperature";
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstReadingAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            interval: "15min" | "hourly" | "daily" | "monthly";
            /** Format: date-time */
            lastReadingAt: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            readingCount: number | null;
            /** Format: uuid */
            siteId: string;
            siteName: string;
            timeZone: string;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
        };
        MeterInput: {
            /** @enum {string} */
            carrier: "electricity" | "gas" | "diesel" | "production" | "temperature";
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstReadingAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            interval: "15min" | "hourly" | "daily" | "monthly";
            /** Format: date-time */
            lastReadingAt: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            readingCount: number | null;
            /** Format: uuid */
            siteId: string;
            siteName: string;
            timeZone: string;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
        };
        MeterQuality: {
            expected: number | null;
            /** Format: date-time */
            from: string;
            gapCount: number;
            gaps: {
                /** Format: date-time */
                from: string;
                missing: number;
                /** Format: date-time */
                to: string;
            }[];
            negatives: number;
            outlierCount: number;
            outliers: {
                /** Format: date-time */
                start: string;
                value: number;
            }[];
            outlierThreshold: number | null;
            readings: number;
            /** Format: date-time */
            to: string;
        };
        MeterQualityInput: {
            expected: number | null;
            /** Format: date-time */
            from: string;
            gapCount: number;
            gaps: {
                /** Format: date-time */
                from: string;
                missing: number;
                /** Format: date-time */
                to: string;
            }[];
            negatives: number;
            outlierCount: number;
            outliers: {
                /** Format: date-time */
                start: string;
                value: number;
            }[];
            outlierThreshold: number | null;
            readings: number;
            /** Format: date-time */
            to: string;
        };
        MvFinding: {
            code: string;
            message: string;
            params: {
                [key: string]: string | number;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
        };
        MvFindingInput: {
            code: string;
            message: string;
            params: {
                [key: string]: string | number;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
        };
        Office: {
            city: string;
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
            nutsCode: string | null;
        };
        OfficeInput: {
            city: string;
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
            nutsCode: string | null;
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
        };
        OkInput: {
            /** @enum {boolean} */
            ok: true;
        };
        Problem: {
            code: string;
            detail?: string;
            errors?: components["schemas"]["FieldIssue"][];
            params?: {
                [key: string]: unknown;
            };
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            code: string;
            detail?: string;
            errors?: components["schemas"]["FieldIssueInput"][];
            params?: {
                [key: string]: unknown;
            };
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ReadingSeries: {
            /** @enum {string} */
            aggregate: "sum" | "mean";
            /** Format: date-time */
            from: string;
            /** Format: uuid */
            meterId: string;
            points: {
                count: number;
                /** Format: date-time */
                t: string;
                value: number;
            }[];
            /** @enum {string} */
            resolution: "raw" | "hour" | "day" | "month";
            /** Format: date-time */
            to: string;
            truncated: boolean;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
        };
        ReadingSeriesInput: {
            /** @enum {string} */
            aggregate: "sum" | "mean";
            /** Format: date-time */
            from: string;
            /** Format: uuid */
            meterId: string;
            points: {
                count: number;
                /** Format: date-time */
                t: string;
                value: number;
            }[];
            /** @enum {string} */
            resolution: "raw" | "hour" | "day" | "month";
            /** Format: date-time */
            to: string;
            truncated: boolean;
            /** @enum {string} */
            unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
        };
        ReadingUpload: {
            columns: string[];
            /** Format: date-time */
            committedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            filename: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** Format: uuid */
            id: string;
            preview: string[][];
            /** Format: uuid */
            siteId: string;
            size: number;
            /** @enum {string} */
            status: "uploaded" | "committed";
            stored: number | null;
        };
        ReadingUploadInput: {
            columns: string[];
            /** Format: date-time */
            committedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            filename: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** Format: uuid */
            id: string;
            preview: string[][];
            /** Format: uuid */
            siteId: string;
            size: number;
            /** @enum {string} */
            status: "uploaded" | "committed";
            stored: number | null;
        };
        SavingsAnalysis: {
            baseline: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            co2eKg: number | null;
            /** Format: date-time */
            computedAt: string;
            computedBy: string | null;
            /** Format: uuid */
            energyMeterId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /** @enum {string} */
            model: "caltrack_daily" | "caltrack_billing" | "production";
            options: {
                /** @default 0.9 */
                confidence: number;
                /**
                 * @default dailyMean
                 * @enum {string}
                 */
                degreeDayMethod: "dailyMean" | "hourly";
                /**
                 * @default daily
                 * @enum {string}
                 */
                granularity: "daily" | "monthly";
                /** @default 18 */
                hddBaseC: number;
                /** @default false */
                requireSignificantSlopes: boolean;
                /** @default false */
                useHdd: boolean;
            };
            /** Format: uuid */
            productionMeterId: string | null;
            reporting: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            result: {
                ashrae: {
                    cvrmse: number;
                    granularity: string;
                    nmbe: number;
                    pass: boolean;
                    periods: number;
                } | null;
                baselineSeries: {
                    days: number;
                    metered: number | null;
                    predicted: number | null;
                    t: string;
                }[];
                /** @enum {string} */
                carrier: "electricity" | "gas" | "diesel";
                co2e: {
                    byYear: {
                        co2eKg: number | null;
                        factorYear: number | null;
                        kgCo2ePerUnit: number | null;
                        savings: number;
                        savingsKwh: number | null;
                        year: number;
                    }[];
                    totalKg: number | null;
                } | null;
                findings: components["schemas"]["MvFinding"][];
                model: {
                    adjR2: number;
                    coefficients: {
                        estimate: number;
                        name: string;
                        pValue: number | null;
                        standardError: number | null;
                    }[];
                    coolingBalancePointC: number | null;
                    cvrmse: number;
                    description: string;
                    fPValue: number | null;
                    heatingBalancePointC: number | null;
                    modelType: string;
                    n: number;
                    nmbe: number;
                    r2: number;
                    valid: boolean;
                } | null;
                reportingSeries: {
                    days: number;
                    metered: number | null;
                    predicted: number | null;
                    t: string;
                }[];
                savings: {
                    baselineProjected: number;
                    confidence: number;
                    fsu: number | null;
                    metered: number;
                    periodsGiven: number;
                    periodsUsed: number;
                    savings: number;
                    savingsFraction: number;
                    uncertainty: number | null;
                } | null;
                /** @enum {string} */
                unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
            };
            savingsFraction: number | null;
            savingsKwh: number | null;
            /** @enum {string} */
            status: "computed" | "verified";
            /** Format: uuid */
            temperatureMeterId: string | null;
            verifiable: boolean;
            verificationNote: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            verifiedBy: string | null;
        };
        SavingsAnalysisInput: {
            baseline: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            co2eKg: number | null;
            /** Format: date-time */
            computedAt: string;
            computedBy: string | null;
            /** Format: uuid */
            energyMeterId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /** @enum {string} */
            model: "caltrack_daily" | "caltrack_billing" | "production";
            options: {
                /** @default 0.9 */
                confidence: number;
                /**
                 * @default dailyMean
                 * @enum {string}
                 */
                degreeDayMethod: "dailyMean" | "hourly";
                /**
                 * @default daily
                 * @enum {string}
                 */
                granularity: "daily" | "monthly";
                /** @default 18 */
                hddBaseC: number;
                /** @default false */
                requireSignificantSlopes: boolean;
                /** @default false */
                useHdd: boolean;
            };
            /** Format: uuid */
            productionMeterId: string | null;
            reporting: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            result: {
                ashrae: {
                    cvrmse: number;
                    granularity: string;
                    nmbe: number;
                    pass: boolean;
                    periods: number;
                } | null;
                baselineSeries: {
                    days: number;
                    metered: number | null;
                    predicted: number | null;
                    t: string;
                }[];
                /** @enum {string} */
                carrier: "electricity" | "gas" | "diesel";
                co2e: {
                    byYear: {
                        co2eKg: number | null;
                        factorYear: number | null;
                        kgCo2ePerUnit: number | null;
                        savings: number;
                        savingsKwh: number | null;
                        year: number;
                    }[];
                    totalKg: number | null;
                } | null;
                findings: components["schemas"]["MvFindingInput"][];
                model: {
                    adjR2: number;
                    coefficients: {
                        estimate: number;
                        name: string;
                        pValue: number | null;
                        standardError: number | null;
                    }[];
                    coolingBalancePointC: number | null;
                    cvrmse: number;
                    description: string;
                    fPValue: number | null;
                    heatingBalancePointC: number | null;
                    modelType: string;
                    n: number;
                    nmbe: number;
                    r2: number;
                    valid: boolean;
                } | null;
                reportingSeries: {
                    days: number;
                    metered: number | null;
                    predicted: number | null;
                    t: string;
                }[];
                savings: {
                    baselineProjected: number;
                    confidence: number;
                    fsu: number | null;
                    metered: number;
                    periodsGiven: number;
                    periodsUsed: number;
                    savings: number;
                    savingsFraction: number;
                    uncertainty: number | null;
                } | null;
                /** @enum {string} */
                unit: "kWh" | "m3" | "l" | "t" | "degC" | "degF";
            };
            savingsFraction: number | null;
            savingsKwh: number | null;
            /** @enum {string} */
            status: "computed" | "verified";
            /** Format: uuid */
            temperatureMeterId: string | null;
            verifiable: boolean;
            verificationNote: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            verifiedBy: string | null;
        };
        SavingsAnalysisSummary: {
            baseline: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            co2eKg: number | null;
            /** Format: date-time */
            computedAt: string;
            computedBy: string | null;
            /** Format: uuid */
            energyMeterId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /** @enum {string} */
            model: "caltrack_daily" | "caltrack_billing" | "production";
            options: {
                /** @default 0.9 */
                confidence: number;
                /**
                 * @default dailyMean
                 * @enum {string}
                 */
                degreeDayMethod: "dailyMean" | "hourly";
                /**
                 * @default daily
                 * @enum {string}
                 */
                granularity: "daily" | "monthly";
                /** @default 18 */
                hddBaseC: number;
                /** @default false */
                requireSignificantSlopes: boolean;
                /** @default false */
                useHdd: boolean;
            };
            /** Format: uuid */
            productionMeterId: string | null;
            reporting: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            savingsFraction: number | null;
            savingsKwh: number | null;
            /** @enum {string} */
            status: "computed" | "verified";
            /** Format: uuid */
            temperatureMeterId: string | null;
            verifiable: boolean;
            verificationNote: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            verifiedBy: string | null;
        };
        SavingsAnalysisSummaryInput: {
            baseline: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            co2eKg: number | null;
            /** Format: date-time */
            computedAt: string;
            computedBy: string | null;
            /** Format: uuid */
            energyMeterId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            measureId: string;
            /** @enum {string} */
            model: "caltrack_daily" | "caltrack_billing" | "production";
            options: {
                /** @default 0.9 */
                confidence: number;
                /**
                 * @default dailyMean
                 * @enum {string}
                 */
                degreeDayMethod: "dailyMean" | "hourly";
                /**
                 * @default daily
                 * @enum {string}
                 */
                granularity: "daily" | "monthly";
                /** @default 18 */
                hddBaseC: number;
                /** @default false */
                requireSignificantSlopes: boolean;
                /** @default false */
                useHdd: boolean;
            };
            /** Format: uuid */
            productionMeterId: string | null;
            reporting: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
            savingsFraction: number | null;
            savingsKwh: number | null;
            /** @enum {string} */
            status: "computed" | "verified";
            /** Format: uuid */
            temperatureMeterId: string | null;
            verifiable: boolean;
            verificationNote: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            verifiedBy: string | null;
        };
        Session: {
            csrfToken: string | null;
            setupNeeded: boolean;
            user: components["schemas"]["User"] | null;
        };
        SessionInput: {
            csrfToken: string | null;
            setupNeeded: boolean;
            user: components["schemas"]["UserInput"] | null;
        };
        SiteToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: uuid */
            siteId: string;
        };
        SiteTokenInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: uuid */
            siteId: string;
        };
        TelemetryStatus: {
            connected: boolean;
            duplicates: number;
            lastError: string | null;
            /** Format: date-time */
            lastMessageAt: string | null;
            messages: number;
            /** @enum {string} */
            mode: "embedded" | "external" | "off";
            readingsStored: number;
            rejected: {
                [key: string]: number;
            };
            /** Format: date-time */
            startedAt: string | null;
            topic: string;
            url: string | null;
        };
        TelemetryStatusInput: {
            connected: boolean;
            duplicates: number;
            lastError: string | null;
            /** Format: date-time */
            lastMessageAt: string | null;
            messages: number;
            /** @enum {string} */
            mode: "embedded" | "external" | "off";
            readingsStored: number;
            rejected: {
                [key: string]: number;
            };
            /** Format: date-time */
            startedAt: string | null;
            topic: string;
            url: string | null;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt: string | null;
            /** @enum {string} */
            locale: "es" | "en";
            name: string;
            officeIds: string[];
            /** @enum {string} */
            role: "admin" | "staff" | "finance" | "member" | "applicant" | "evaluator";
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
        };
        UserInput: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt: string | null;
            /** @enum {string} */
            locale: "es" | "en";
            name: string;
            officeIds: string[];
            /** @enum {string} */
            role: "admin" | "staff" | "finance" | "member" | "applicant" | "evaluator";
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
        };
        VerifiedSavings: {
            /** Format: uuid */
            analysisId: string;
            co2eKg: number | null;
            fsu: number | null;
            /** Format: date */
            reportingEnd: string;
            /** Format: date */
            reportingStart: string;
            savingsFraction: number;
            savingsKwh: number;
            /** Format: date-time */
            verifiedAt: string;
        };
        VerifiedSavingsInput: {
            /** Format: uuid */
            analysisId: string;
            co2eKg: number | null;
            fsu: number | null;
            /** Format: date */
            reportingEnd: string;
            /** Format: date */
            reportingStart: string;
            savingsFraction: number;
            savingsKwh: number;
            /** Format: date-time */
            verifiedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
