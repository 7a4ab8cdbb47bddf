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
    "/api/contacts/{id}": {
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
        /** Change a contact */
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
                        email?: string | null;
                        /** @default false */
                        isPrimary?: boolean;
                        /**
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "en";
                        name: string;
                        phone?: string | null;
                        position?: string | null;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        role?: "representative" | "technical" | "billing" | "communications" | "other";
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
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contacts/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a consent given or withdrawn (purpose, date, source) */
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
                        /** Format: date */
                        givenOn: string;
                        granted: boolean;
                        /** @enum {string} */
                        purpose: "membership" | "newsletter" | "events" | "directory" | "data_sharing";
                        source: string;
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
                        "application/json": components["schemas"]["Consent"];
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
    "/api/contacts/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase this person: personal data removed, the fact recorded in the audit log */
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
    "/api/contacts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about this person (right of access) */
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
                        "application/json": components["schemas"]["ContactExport"];
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
    "/api/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fees of every organisation I may see (overdue, paid...) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    state?: "issued" | "overdue" | "paid" | "cancelled";
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
                        "application/json": {
                            items: components["schemas"]["Fee"][];
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
    "/api/fees/{id}": {
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
        /** Record a payment or cancel a fee */
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
                        /** Format: date */
                        paidOn: string;
                        /** @enum {string} */
                        status: "paid";
                    } | {
                        /** @enum {string} */
                        status: "cancelled";
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
        trace?: never;
    };
    "/api/fees/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the overdue-fee reminders now (each fee at most once a week) */
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
                            sent: number;
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
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Internal directory: text search (accents and typos tolerated) with facets */
        get: {
            parameters: {
                query?: {
                    kind?: ("company" | "university" | "research_centre" | "public_body" | "association")[];
                    limit?: number;
                    material?: string[];
                    office?: string[];
                    offset?: number;
                    province?: string[];
                    q?: string;
                    region?: string[];
                    size?: ("micro" | "small" | "medium" | "large")[];
                    sort?: "relevance" | "name" | "recent";
                    stage?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                    status?: ("none" | "applicant" | "active" | "suspended" | "left")[];
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
                        "application/json": components["schemas"]["DirectoryPage"];
                    };
                };
            };
        };
        put?: never;
        /** Register an organisation (tax id checked, sites placed in their province and NUTS region) */
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
                        country?: string;
                        descriptionEn?: string | null;
                        descriptionEs?: string | null;
                        /** @enum {string} */
                        kind: "company" | "university" | "research_centre" | "public_body" | "association";
                        legalName: string;
                        /** @default [] */
                        materialIds?: string[];
                        /** @default [] */
                        naceCodes?: string[];
                        /** Format: uuid */
                        officeId?: string | null;
                        /** @default false */
                        publicBodyControl?: boolean;
                        /** @default false */
                        publicProfile?: boolean;
                        sites?: {
                            address?: string | null;
                            city?: string | null;
                            country?: string;
                            /** @default false */
                            isHeadquarters?: boolean;
                            name: string;
                            nutsCode?: string | null;
                            postcode?: string | null;
                            provinceCode?: string | null;
                        }[];
                        /** @default [] */
                        stages?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                        taxId?: string | null;
                        tradeName?: string | null;
                        website?: string | null;
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
                        "application/json": components["schemas"]["Organisation"];
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
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole record of an organisation, as I may see it */
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
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the profile (members: their own; staff: also office and public-body control) */
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
                        country?: string;
                        descriptionEn?: string | null;
                        descriptionEs?: string | null;
                        /** @enum {string} */
                        kind?: "company" | "university" | "research_centre" | "public_body" | "association";
                        legalName?: string;
                        /** @default [] */
                        materialIds?: string[];
                        /** @default [] */
                        naceCodes?: string[];
                        /** Format: uuid */
                        officeId?: string | null;
                        publicBodyControl?: boolean;
                        /** @default false */
                        publicProfile?: boolean;
                        /** @default [] */
                        stages?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                        taxId?: string | null;
                        tradeName?: string | null;
                        website?: string | null;
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
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisations/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Membership certificate (printable HTML page) */
        get: {
            parameters: {
                query?: {
                    lang?: "es" | "en";
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
    "/api/organisations/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact person */
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
                        email?: string | null;
                        /** @default false */
                        isPrimary?: boolean;
                        /**
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "en";
                        name: string;
                        phone?: string | null;
                        position?: string | null;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        role?: "representative" | "technical" | "billing" | "communications" | "other";
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
                        "application/json": components["schemas"]["Contact"];
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
    "/api/organisations/{id}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the fee of a year */
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
                        amountCents?: number | null;
                        /** Format: date */
                        dueOn: string;
                        /** Format: date */
                        issuedOn?: string | null;
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
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
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
    "/api/organisations/{id}/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change membership status, tier or fee (dated) */
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
                        annualFeeCents?: number | null;
                        /** Format: date */
                        effectiveOn: string;
                        note?: string | null;
                        /** @enum {string} */
                        status: "applicant" | "active" | "suspended" | "left";
                        /** @enum {string|null} */
                        tier?: "full" | "associate" | "institutional" | "startup" | null;
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
                        "application/json": components["schemas"]["Organisation"];
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
    "/api/organisations/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a holding (capital and votes) with another organisation */
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
                        capitalPct: number;
                        /** @default false */
                        control?: boolean;
                        /** @enum {string} */
                        direction: "holds" | "held_by";
                        note?: string | null;
                        /** Format: uuid */
                        otherId: string;
                        /** @default false */
                        qualifyingInvestor?: boolean;
                        votingPct: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/organisations/{id}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a site */
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
                        address?: string | null;
                        city?: string | null;
                        country?: string;
                        /** @default false */
                        isHeadquarters?: boolean;
                        name: string;
                        nutsCode?: string | null;
                        postcode?: string | null;
                        provinceCode?: string | null;
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
                        "application/json": components["schemas"]["Site"];
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
    "/api/organisations/{id}/sme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SME class and why: figures, holdings and years that decided it */
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
                        "application/json": components["schemas"]["SmeAssessment"];
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
    "/api/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a person with the member role act for this organisation */
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
                        /**
                         * @default editor
                         * @enum {string}
                         */
                        role?: "representative" | "editor";
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
    "/api/organisations/{id}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a person acting for this organisation */
        delete: {
            parameters: {
                query?: never;
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
    "/api/organisations/{id}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the size figures of a closed year */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awu: number;
                        balanceSheetCents: number;
                        turnoverCents: number;
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
        post?: never;
        /** Remove the figures of a year */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
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
    "/api/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered directory as CSV or XLSX (the import format) */
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
                    kind?: ("company" | "university" | "research_centre" | "public_body" | "association")[];
                    material?: string[];
                    office?: string[];
                    province?: string[];
                    q?: string;
                    region?: string[];
                    size?: ("micro" | "small" | "medium" | "large")[];
                    stage?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                    status?: ("none" | "applicant" | "active" | "suspended" | "left")[];
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
    "/api/organisations/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members at the end of each month, with joins and departures */
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
                        "application/json": components["schemas"]["MembershipGrowth"];
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
    "/api/organisations/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or XLSX file (multipart field `file`): its headers, a suggested column mapping and the first rows */
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
                        "application/json": components["schemas"]["ImportUpload"];
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
    "/api/organisations/imports/{fileId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check every row (dry run) or import them all in one transaction; a file with any problem imports nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        dryRun?: boolean;
                        mapping: {
                            [key: string]: string;
                        };
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
    "/api/organisations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations I act for */
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
                        "application/json": components["schemas"]["Organisation"][];
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
    "/api/organisations/value-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Value-chain map: stage x material and province counts of the filtered organisations */
        get: {
            parameters: {
                query?: {
                    kind?: ("company" | "university" | "research_centre" | "public_body" | "association")[];
                    material?: string[];
                    office?: string[];
                    province?: string[];
                    q?: string;
                    region?: string[];
                    size?: ("micro" | "small" | "medium" | "large")[];
                    stage?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                    status?: ("none" | "applicant" | "active" | "suspended" | "left")[];
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
                        "application/json": components["schemas"]["ValueChainMap"];
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
    "/api/public/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public directory: organisations that opted in, public fields only */
        get: {
            parameters: {
                query?: {
                    kind?: ("company" | "university" | "research_centre" | "public_body" | "association")[];
                    limit?: number;
                    material?: string[];
                    offset?: number;
                    province?: string[];
                    q?: string;
                    region?: string[];
                    sort?: "relevance" | "name" | "recent";
                    stage?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
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
                        "application/json": components["schemas"]["PublicDirectoryPage"];
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
    "/api/public/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public profile of an organisation that opted in */
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
                        "application/json": components["schemas"]["PublicOrganisation"];
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
    "/api/public/value-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Value-chain map of the organisations in the public directory */
        get: {
            parameters: {
                query?: {
                    kind?: ("company" | "university" | "research_centre" | "public_body" | "association")[];
                    material?: string[];
                    province?: string[];
                    q?: string;
                    region?: string[];
                    stage?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
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
                        "application/json": components["schemas"]["ValueChainMap"];
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
    "/api/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a holding */
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
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a site (refused while other records use it) */
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
        /** Change a site */
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
                        address?: string | null;
                        city?: string | null;
                        country?: string;
                        /** @default false */
                        isHeadquarters?: boolean;
                        name: string;
                        nutsCode?: string | null;
                        postcode?: string | null;
                        provinceCode?: string | null;
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
                        "application/json": components["schemas"]["Site"];
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
        Consent: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            givenOn: string;
            granted: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "membership" | "newsletter" | "events" | "directory" | "data_sharing";
            source: string;
        };
        ConsentInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            givenOn: string;
            granted: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "membership" | "newsletter" | "events" | "directory" | "data_sharing";
            source: string;
        };
        Contact: {
            consents: components["schemas"]["Consent"][];
            email: string | null;
            /** Format: date-time */
            erasedAt: string | null;
            /** Format: uuid */
            id: string;
            isPrimary: boolean;
            /** @enum {string} */
            locale: "es" | "en";
            name: string;
            /** Format: uuid */
            organisationId: string;
            phone: string | null;
            position: string | null;
            /** @enum {string} */
            role: "representative" | "technical" | "billing" | "communications" | "other";
        };
        ContactExport: {
            contact: components["schemas"]["Contact"];
            /** Format: date-time */
            exportedAt: string;
            feeReminders: {
                feeReference: string;
                /** Format: date-time */
                sentAt: string;
            }[];
            history: {
                action: string;
                actor: string;
                /** Format: date-time */
                at: string;
            }[];
            mails: {
                /** Format: date-time */
                createdAt: string;
                status: string;
                subject: string;
            }[];
            organisation: {
                /** Format: uuid */
                id: string;
                legalName: string;
            };
        };
        ContactExportInput: {
            contact: components["schemas"]["ContactInput"];
            /** Format: date-time */
            exportedAt: string;
            feeReminders: {
                feeReference: string;
                /** Format: date-time */
                sentAt: string;
            }[];
            history: {
                action: string;
                actor: string;
                /** Format: date-time */
                at: string;
            }[];
            mails: {
                /** Format: date-time */
                createdAt: string;
                status: string;
                subject: string;
            }[];
            organisation: {
                /** Format: uuid */
                id: string;
                legalName: string;
            };
        };
        ContactInput: {
            consents: components["schemas"]["ConsentInput"][];
            email: string | null;
            /** Format: date-time */
            erasedAt: string | null;
            /** Format: uuid */
            id: string;
            isPrimary: boolean;
            /** @enum {string} */
            locale: "es" | "en";
            name: string;
            /** Format: uuid */
            organisationId: string;
            phone: string | null;
            position: string | null;
            /** @enum {string} */
            role: "representative" | "technical" | "billing" | "communications" | "other";
        };
        DirectoryFacets: {
            kind?: {
                count: number;
                value: string;
            }[];
            material?: {
                count: number;
                value: string;
            }[];
            office?: {
                count: number;
                value: string;
            }[];
            province?: {
                count: number;
                value: string;
            }[];
            region?: {
                count: number;
                value: string;
            }[];
            size?: {
                count: number;
                value: string;
            }[];
            stage?: {
                count: number;
                value: string;
            }[];
            status?: {
                count: number;
                value: string;
            }[];
        };
        DirectoryFacetsInput: {
            kind?: {
                count: number;
                value: string;
            }[];
            material?: {
                count: number;
                value: string;
            }[];
            office?: {
                count: number;
                value: string;
            }[];
            province?: {
                count: number;
                value: string;
            }[];
            region?: {
                count: number;
                value: string;
            }[];
            size?: {
                count: number;
                value: string;
            }[];
            stage?: {
                count: number;
                value: string;
            }[];
            status?: {
                count: number;
                value: string;
            }[];
        };
        DirectoryPage: {
            facets: components["schemas"]["DirectoryFacets"];
            items: components["schemas"]["OrganisationSummary"][];
            total: number;
        };
        DirectoryPageInput: {
            facets: components["schemas"]["DirectoryFacetsInput"];
            items: components["schemas"]["OrganisationSummaryInput"][];
            total: number;
        };
        Fee: {
            amountCents: number;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            /** Format: date-time */
            lastRemindedAt: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date */
            paidOn: string | null;
            reference: string;
            reminderCount: number;
            /** @enum {string} */
            state: "issued" | "overdue" | "paid" | "cancelled";
            year: number;
        };
        FeeInput: {
            amountCents: number;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            /** Format: date-time */
            lastRemindedAt: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date */
            paidOn: string | null;
            reference: string;
            reminderCount: number;
            /** @enum {string} */
            state: "issued" | "overdue" | "paid" | "cancelled";
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
        ImportReport: {
            badRows: number;
            committed: boolean;
            created: number;
            dryRun: boolean;
            problems: {
                code: string;
                field: string;
                message: string;
                row: number;
                value?: string;
            }[];
            rows: number;
            valid: number;
        };
        ImportReportInput: {
            badRows: number;
            committed: boolean;
            created: number;
            dryRun: boolean;
            problems: {
                code: string;
                field: string;
                message: string;
                row: number;
                value?: string;
            }[];
            rows: number;
            valid: number;
        };
        ImportUpload: {
            fileId: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            headers: string[];
            mapping: {
                [key: string]: string;
            };
            sample: {
                [key: string]: string;
            }[];
        };
        ImportUploadInput: {
            fileId: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            headers: string[];
            mapping: {
                [key: string]: string;
            };
            sample: {
                [key: string]: string;
            }[];
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
        MembershipEvent: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            effectiveOn: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @enum {string} */
            status: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            tier: "full" | "associate" | "institutional" | "startup" | null;
        };
        MembershipEventInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            effectiveOn: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @enum {string} */
            status: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            tier: "full" | "associate" | "institutional" | "startup" | null;
        };
        MembershipGrowth: {
            points: {
                joined: number;
                left: number;
                members: number;
                month: string;
            }[];
        };
        MembershipGrowthInput: {
            points: {
                joined: number;
                left: number;
                members: number;
                month: string;
            }[];
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
        Organisation: {
            annualFeeCents: number | null;
            country: string;
            /** Format: date-time */
            createdAt: string;
            descriptionEn: string | null;
            descriptionEs: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** @enum {string} */
            membershipStatus: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            membershipTier: "full" | "associate" | "institutional" | "startup" | null;
            /** Format: date */
            memberSince: string | null;
            naceCodes: string[];
            /** Format: uuid */
            officeId: string | null;
            provinceCodes: string[];
            publicBodyControl: boolean;
            publicProfile: boolean;
            regionCodes: string[];
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            smeYear: number | null;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            taxId: string | null;
            /** @enum {string|null} */
            taxIdKind: "cif" | "dni" | "nie" | "vat" | "other" | null;
            tradeName: string | null;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        OrganisationDetail: {
            contacts: components["schemas"]["Contact"][];
            fees: components["schemas"]["Fee"][];
            membership: components["schemas"]["MembershipEvent"][];
            organisation: components["schemas"]["Organisation"];
            permissions: {
                editAdmin: boolean;
                editProfile: boolean;
                manageContacts: boolean;
                manageFees: boolean;
                manageMembership: boolean;
                manageRelations: boolean;
                manageSize: boolean;
                manageUsers: boolean;
            };
            relations: components["schemas"]["Relation"][];
            sites: components["schemas"]["Site"][];
            users: components["schemas"]["OrganisationUser"][];
            years: components["schemas"]["YearFigures"][];
        };
        OrganisationDetailInput: {
            contacts: components["schemas"]["ContactInput"][];
            fees: components["schemas"]["FeeInput"][];
            membership: components["schemas"]["MembershipEventInput"][];
            organisation: components["schemas"]["OrganisationInput"];
            permissions: {
                editAdmin: boolean;
                editProfile: boolean;
                manageContacts: boolean;
                manageFees: boolean;
                manageMembership: boolean;
                manageRelations: boolean;
                manageSize: boolean;
                manageUsers: boolean;
            };
            relations: components["schemas"]["RelationInput"][];
            sites: components["schemas"]["SiteInput"][];
            users: components["schemas"]["OrganisationUserInput"][];
            years: components["schemas"]["YearFiguresInput"][];
        };
        OrganisationInput: {
            annualFeeCents: number | null;
            country: string;
            /** Format: date-time */
            createdAt: string;
            descriptionEn: string | null;
            descriptionEs: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** @enum {string} */
            membershipStatus: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            membershipTier: "full" | "associate" | "institutional" | "startup" | null;
            /** Format: date */
            memberSince: string | null;
            naceCodes: string[];
            /** Format: uuid */
            officeId: string | null;
            provinceCodes: string[];
            publicBodyControl: boolean;
            publicProfile: boolean;
            regionCodes: string[];
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            smeYear: number | null;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            taxId: string | null;
            /** @enum {string|null} */
            taxIdKind: "cif" | "dni" | "nie" | "vat" | "other" | null;
            tradeName: string | null;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        OrganisationSummary: {
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** @enum {string} */
            membershipStatus: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            membershipTier: "full" | "associate" | "institutional" | "startup" | null;
            /** Format: uuid */
            officeId: string | null;
            provinceCodes: string[];
            publicProfile: boolean;
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            taxId: string | null;
            tradeName: string | null;
        };
        OrganisationSummaryInput: {
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** @enum {string} */
            membershipStatus: "none" | "applicant" | "active" | "suspended" | "left";
            /** @enum {string|null} */
            membershipTier: "full" | "associate" | "institutional" | "startup" | null;
            /** Format: uuid */
            officeId: string | null;
            provinceCodes: string[];
            publicProfile: boolean;
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            taxId: string | null;
            tradeName: string | null;
        };
        OrganisationUser: {
            email: string;
            name: string;
            /** @enum {string} */
            role: "representative" | "editor";
            /** Format: uuid */
            userId: string;
        };
        OrganisationUserInput: {
            email: string;
            name: string;
            /** @enum {string} */
            role: "representative" | "editor";
            /** Format: uuid */
            userId: string;
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
        PublicDirectoryPage: {
            facets: components["schemas"]["DirectoryFacets"];
            items: components["schemas"]["PublicOrganisation"][];
            total: number;
        };
        PublicDirectoryPageInput: {
            facets: components["schemas"]["DirectoryFacetsInput"];
            items: components["schemas"]["PublicOrganisationInput"][];
            total: number;
        };
        PublicOrganisation: {
            country: string;
            descriptionEn: string | null;
            descriptionEs: string | null;
            /** Format: uuid */
            id: string;
            isMember: boolean;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** Format: date */
            memberSince: string | null;
            naceCodes: string[];
            places: {
                city: string | null;
                country: string;
                nutsCode: string | null;
                provinceCode: string | null;
            }[];
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            tradeName: string | null;
            website: string | null;
        };
        PublicOrganisationInput: {
            country: string;
            descriptionEn: string | null;
            descriptionEs: string | null;
            /** Format: uuid */
            id: string;
            isMember: boolean;
            /** @enum {string} */
            kind: "company" | "university" | "research_centre" | "public_body" | "association";
            legalName: string;
            materialIds: string[];
            /** Format: date */
            memberSince: string | null;
            naceCodes: string[];
            places: {
                city: string | null;
                country: string;
                nutsCode: string | null;
                provinceCode: string | null;
            }[];
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            tradeName: string | null;
            website: string | null;
        };
        Relation: {
            capitalPct: number;
            control: boolean;
            /** Format: uuid */
            heldId: string;
            heldName: string;
            /** Format: uuid */
            holderId: string;
            holderName: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            qualifyingInvestor: boolean;
            votingPct: number;
        };
        RelationInput: {
            capitalPct: number;
            control: boolean;
            /** Format: uuid */
            heldId: string;
            heldName: string;
            /** Format: uuid */
            holderId: string;
            holderName: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            qualifyingInvestor: boolean;
            votingPct: number;
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
        Site: {
            address: string | null;
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            isHeadquarters: boolean;
            name: string;
            nutsCode: string | null;
            postcode: string | null;
            provinceCode: string | null;
        };
        SiteInput: {
            address: string | null;
            city: string | null;
            country: string;
            /** Format: uuid */
            id: string;
            isHeadquarters: boolean;
            name: string;
            nutsCode: string | null;
            postcode: string | null;
            provinceCode: string | null;
        };
        SmeAssessment: {
            /** Format: date-time */
            assessedAt: string;
            /** @enum {string|null} */
            effectiveClass: "micro" | "small" | "medium" | "large" | null;
            explanations: {
                code: string;
                params: {
                    [key: string]: string | number | boolean | string[];
                };
            }[];
            group: {
                enterpriseId: string;
                percent: number;
                /** @enum {string} */
                role: "self" | "linked" | "partner" | "partner_linked";
                via: string[];
            }[];
            latestYear: number | null;
            names: {
                [key: string]: string;
            };
            /** Format: uuid */
            organisationId: string;
            publicBodyControl: boolean;
            /** @enum {string} */
            status: "assessed" | "no_figures" | "not_applicable";
            years: {
                breakdown: {
                    awu: number;
                    balanceSheetCents: number;
                    consolidatedIn?: string;
                    enterpriseId: string;
                    percent: number;
                    /** @enum {string} */
                    role: "self" | "linked" | "partner" | "partner_linked";
                    turnoverCents: number;
                }[];
                /** @enum {string|null} */
                effectiveClass: "micro" | "small" | "medium" | "large" | null;
                explanations: {
                    code: string;
                    params: {
                        [key: string]: string | number | boolean | string[];
                    };
                }[];
                figures: {
                    awu: number;
                    balanceSheetCents: number;
                    turnoverCents: number;
                } | null;
                isSme: boolean | null;
                /** @enum {string|null} */
                rawClass: "micro" | "small" | "medium" | "large" | null;
                /** @enum {string|null} */
                sizeClass: "micro" | "small" | "medium" | "large" | null;
                year: number;
            }[];
        };
        SmeAssessmentInput: {
            /** Format: date-time */
            assessedAt: string;
            /** @enum {string|null} */
            effectiveClass: "micro" | "small" | "medium" | "large" | null;
            explanations: {
                code: string;
                params: {
                    [key: string]: string | number | boolean | string[];
                };
            }[];
            group: {
                enterpriseId: string;
                percent: number;
                /** @enum {string} */
                role: "self" | "linked" | "partner" | "partner_linked";
                via: string[];
            }[];
            latestYear: number | null;
            names: {
                [key: string]: string;
            };
            /** Format: uuid */
            organisationId: string;
            publicBodyControl: boolean;
            /** @enum {string} */
            status: "assessed" | "no_figures" | "not_applicable";
            years: {
                breakdown: {
                    awu: number;
                    balanceSheetCents: number;
                    consolidatedIn?: string;
                    enterpriseId: string;
                    percent: number;
                    /** @enum {string} */
                    role: "self" | "linked" | "partner" | "partner_linked";
                    turnoverCents: number;
                }[];
                /** @enum {string|null} */
                effectiveClass: "micro" | "small" | "medium" | "large" | null;
                explanations: {
                    code: string;
                    params: {
                        [key: string]: string | number | boolean | string[];
                    };
                }[];
                figures: {
                    awu: number;
                    balanceSheetCents: number;
                    turnoverCents: number;
                } | null;
                isSme: boolean | null;
                /** @enum {string|null} */
                rawClass: "micro" | "small" | "medium" | "large" | null;
                /** @enum {string|null} */
                sizeClass: "micro" | "small" | "medium" | "large" | null;
                year: number;
            }[];
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
        ValueChainMap: {
            cells: {
                count: number;
                material: string;
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            materials: {
                count: number;
                material: string;
            }[];
            provinces: {
                count: number;
                provinceCode: string;
            }[];
            stages: {
                count: number;
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            total: number;
        };
        ValueChainMapInput: {
            cells: {
                count: number;
                material: string;
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            materials: {
                count: number;
                material: string;
            }[];
            provinces: {
                count: number;
                provinceCode: string;
            }[];
            stages: {
                count: number;
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            total: number;
        };
        YearFigures: {
            awu: number;
            balanceSheetCents: number;
            turnoverCents: number;
            year: number;
        };
        YearFiguresInput: {
            awu: number;
            balanceSheetCents: number;
            turnoverCents: number;
            year: number;
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
