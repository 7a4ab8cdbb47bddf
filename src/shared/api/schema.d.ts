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
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register as an applicant: mails a link to choose a password (same answer whether or not the address has an account) */
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
                        next?: string;
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
    "/api/auth/verifications/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a verification link is for */
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
    "/api/auth/verifications/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the address with the mailed link, choose a password and sign in */
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
    "/api/awards/applications/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A selected applicant declined: cancel its awards and promote the first reserve that fits */
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
                    "application/json": components["schemas"]["AwardsDeclineInput"];
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
                        "application/json": components["schemas"]["AwardsDeclineResult"];
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
    "/api/awards/applications/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome and letter of one of my applications (after the letters) */
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
                        "application/json": components["schemas"]["AwardsOutcome"];
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
    "/api/awards/calls/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the decision: record (hashed), outcomes, awards and commitments in one transaction */
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
                        "application/json": components["schemas"]["AwardsSelection"];
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
    "/api/awards/calls/{id}/fstp-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FSTP report of the call (recipients, amounts, countries, SME class) as XLSX */
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
    "/api/awards/calls/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the decision letters (selected, reserve, rejected) to those not written to yet */
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
                        "application/json": components["schemas"]["AwardsLettersResult"];
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
    "/api/awards/calls/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The selection recomputed now from the final consensus reports (nothing stored) */
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
                        "application/json": components["schemas"]["AwardsSelection"];
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
    "/api/awards/calls/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's frozen decision, or else the preview of its selection (recomputed, nothing stored) */
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
                        "application/json": components["schemas"]["AwardsSelection"];
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
    "/api/evaluation/affinity-overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an affinity override (the computed affinity applies again) */
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
    "/api/evaluation/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submitted content of an assigned application declared free of conflict */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
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
                        "application/json": components["schemas"]["EvalApplicationContent"];
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
    "/api/evaluation/applications/{applicationId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of the submitted version (same gate as the content) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                    attachmentId: string;
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
    "/api/evaluation/applications/{applicationId}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare no conflict of interest (opens the content) or a conflict (leaves the assignment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalDeclarationRequestInput"];
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
                        "application/json": components["schemas"]["EvalDeclaration"];
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
    "/api/evaluation/applications/{id}/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consensus report of an application with the individual scores side by side */
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
                        "application/json": components["schemas"]["ScoringConsensus"];
                    };
                };
            };
        };
        /** Save the draft consensus report */
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
                        /** @default {} */
                        comments?: {
                            [key: string]: string;
                        };
                        minorityView?: string | null;
                        /** @default {} */
                        scores?: {
                            [key: string]: number;
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
                        "application/json": components["schemas"]["ScoringConsensus"];
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
    "/api/evaluation/applications/{id}/consensus/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save and finalise the consensus report (locked afterwards) */
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
                        /** @default {} */
                        comments?: {
                            [key: string]: string;
                        };
                        minorityView?: string | null;
                        /** @default {} */
                        scores?: {
                            [key: string]: number;
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
                        "application/json": components["schemas"]["ScoringConsensus"];
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
    "/api/evaluation/applications/{id}/consensus/rapporteur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Designate the rapporteur (or none: staff write the report) */
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
                    "application/json": components["schemas"]["ScoringRapporteurInputInput"];
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
                        "application/json": components["schemas"]["ScoringConsensus"];
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
    "/api/evaluation/applications/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My evaluation form for an application (empty until started) */
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
                        "application/json": components["schemas"]["ScoringForm"];
                    };
                };
            };
        };
        /** Autosave my draft evaluation form */
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
                        /** @default {} */
                        comments?: {
                            [key: string]: string;
                        };
                        /** @default {} */
                        scores?: {
                            [key: string]: number;
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
                        "application/json": components["schemas"]["ScoringForm"];
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
    "/api/evaluation/applications/{id}/form/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit my evaluation form (locked afterwards) */
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
                        /** @default {} */
                        comments?: {
                            [key: string]: string;
                        };
                        /** @default {} */
                        scores?: {
                            [key: string]: number;
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
                        "application/json": components["schemas"]["ScoringForm"];
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
    "/api/evaluation/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an assignment that has no declaration yet */
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
    "/api/evaluation/calls/{callId}/affinity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Affinity of every application and expert, explained (matched topics and terms, overrides) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
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
                        "application/json": components["schemas"]["EvalAffinityMatrix"];
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
    "/api/evaluation/calls/{callId}/affinity-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Override the affinity of a pair, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalAffinityOverrideInputInput"];
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
                        "application/json": components["schemas"]["EvalAffinityCell"];
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
    "/api/evaluation/calls/{callId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments of a call with their declaration state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
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
                        "application/json": components["schemas"]["EvalAssignment"][];
                    };
                };
            };
        };
        put?: never;
        /** Assign an expert to an application by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalManualAssignmentInputInput"];
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
                        "application/json": components["schemas"]["EvalAssignment"][];
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
    "/api/evaluation/calls/{callId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conflicts of interest of a call: automatic (with the reason), manual and declared */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
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
                        "application/json": components["schemas"]["EvalConflict"][];
                    };
                };
            };
        };
        put?: never;
        /** Record a conflict of interest by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalManualConflictInputInput"];
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
                        "application/json": components["schemas"]["EvalConflict"][];
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
    "/api/evaluation/calls/{callId}/pair-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pinned and forbidden pairs of a call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
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
                        "application/json": components["schemas"]["EvalPairRule"][];
                    };
                };
            };
        };
        put?: never;
        /** Pin or forbid a pair in the next runs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalPairRuleRequestInput"];
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
                        "application/json": components["schemas"]["EvalPairRule"][];
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
    "/api/evaluation/calls/{callId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute an assignment proposal (queued; poll the run) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalRunOptionsInput"];
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
                        "application/json": components["schemas"]["EvalAssignmentRun"];
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
    "/api/evaluation/calls/{callId}/runs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest assignment run of a call (null when none) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
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
                        "application/json": components["schemas"]["EvalAssignmentRun"] | null;
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
    "/api/evaluation/calls/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's ranking, pending applications and evaluation progress */
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
                        "application/json": components["schemas"]["ScoringRanking"];
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
    "/api/evaluation/calls/{id}/ranking/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a call's ranking as CSV or XLSX */
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
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
    "/api/evaluation/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a manual conflict of interest */
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
    "/api/evaluation/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluator pool, optionally searched by name, e-mail, organisation, topic or keyword */
        get: {
            parameters: {
                query?: {
                    q?: string;
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
                        "application/json": components["schemas"]["EvalExpert"][];
                    };
                };
            };
        };
        put?: never;
        /** Invite an expert (role evaluator; the mailed link sets the password) with their profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalExpertCreateInput"];
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
                        "application/json": components["schemas"]["EvalExpert"];
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
    "/api/evaluation/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One expert of the pool */
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
                        "application/json": components["schemas"]["EvalExpert"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an expert's profile */
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
                    "application/json": components["schemas"]["EvalExpertPatchInput"];
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
                        "application/json": components["schemas"]["EvalExpert"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/evaluation/experts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import experts from a CSV file (multipart field `file`): all rows or none, with a report row by row */
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
                        "application/json": components["schemas"]["EvalExpertImportReport"];
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
    "/api/evaluation/forms/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a submitted evaluation form, with a reason */
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
                    "application/json": components["schemas"]["ScoringReopenInput"];
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
    "/api/evaluation/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in expert's profile */
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
                        "application/json": components["schemas"]["EvalExpert"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own keywords, languages and relations */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvalOwnProfilePatchInput"];
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
                        "application/json": components["schemas"]["EvalExpert"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/evaluation/me/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the confidentiality terms (before any assignment is shown) */
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
                        "application/json": components["schemas"]["EvalExpert"];
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
    "/api/evaluation/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My assigned applications per call with their declaration state */
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
                        "application/json": components["schemas"]["EvalMyEvaluations"];
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
    "/api/evaluation/my/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My cleared assignments and the state of each evaluation form */
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
                        "application/json": components["schemas"]["ScoringMyForm"][];
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
    "/api/evaluation/pair-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a pin or a ban */
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
    "/api/evaluation/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assignment run: state, options and proposal or diagnosis */
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
                        "application/json": components["schemas"]["EvalAssignmentRun"];
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
    "/api/evaluation/runs/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a run's proposal: writes the assignments and mails the evaluators */
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
                        "application/json": components["schemas"]["EvalAssignment"][];
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
    "/api/funding/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its live eligibility and what is missing (its consortium and staff only) */
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
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Autosave (lead only, before the deadline): fields and answers merged by question */
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
                        acronym?: string | null;
                        activities?: string[];
                        answers?: components["schemas"]["AnswersInput"];
                        instrumentId?: string | null;
                        teamMen?: number | null;
                        teamWomen?: number | null;
                        title?: string | null;
                        topics?: string[];
                        trl?: number | null;
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
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/funding/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file answering a file question (multipart field `file`; type sniffed, size limited) */
        post: {
            parameters: {
                query: {
                    questionId: string;
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
                        "application/json": components["schemas"]["Application"];
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
    "/api/funding/applications/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a partner organisation by email (lead only) */
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
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "en";
                        name: string;
                        /** @default 0 */
                        requestedCents?: number;
                        /** @default [] */
                        roles?: string[];
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
                        "application/json": components["schemas"]["Application"];
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
    "/api/funding/applications/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare an application ineligible or withdrawn, or reinstate it, with a reason */
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
                        reason: string;
                        /** @enum {string} */
                        status: "ineligible" | "withdrawn" | "submitted";
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
    "/api/funding/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: store an immutable version and mail receipts (refused from the deadline on) */
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
                        idempotencyKey: string;
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
                        "application/json": components["schemas"]["SubmitResult"];
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
    "/api/funding/applications/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submitted version, as it was submitted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
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
                        "application/json": components["schemas"]["ApplicationVersion"];
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
    "/api/funding/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of an application (its consortium and staff only) */
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Take a file out of the answers (submitted versions keep it) */
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
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls, optionally of one programme, with application counts */
        get: {
            parameters: {
                query?: {
                    programmeId?: string;
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
                        "application/json": components["schemas"]["CallSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a call (a draft) in a programme */
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
                        /** @default [] */
                        activities?: components["schemas"]["CallActivityInput"][];
                        amountRule?: components["schemas"]["AmountRuleInput"] | null;
                        budgetCents?: number | null;
                        code: string;
                        deadlineLocal?: string | null;
                        deadlineZone?: string | null;
                        /**
                         * @default {
                         *       "sections": []
                         *     }
                         */
                        form?: components["schemas"]["ApplicationFormInput"];
                        maxAwards?: number | null;
                        /** Format: date-time */
                        opensAt?: string | null;
                        /** @default [] */
                        partnerRoles?: components["schemas"]["PartnerRoleInput"][];
                        paymentScheme?: components["schemas"]["PaymentSchemeInput"] | null;
                        /** Format: uuid */
                        programmeId: string;
                        ranking?: components["schemas"]["CallRankingInput"] | null;
                        /**
                         * @default {
                         *       "instruments": []
                         *     }
                         */
                        rules?: components["schemas"]["CallRulesInput"];
                        summaryEn?: string | null;
                        summaryEs?: string | null;
                        textEn?: string | null;
                        textEs?: string | null;
                        titleEn: string;
                        titleEs: string;
                        /** @default [] */
                        topics?: components["schemas"]["CallTopicInput"][];
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
                        "application/json": components["schemas"]["Call"];
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
    "/api/funding/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its whole configuration */
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
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a call (checked whole; a published call must stay publishable) */
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
                        activities?: components["schemas"]["CallActivityInput"][];
                        amountRule?: components["schemas"]["AmountRuleInput"] | null;
                        budgetCents?: number | null;
                        deadlineLocal?: string | null;
                        deadlineZone?: string | null;
                        form?: components["schemas"]["ApplicationFormInput"];
                        maxAwards?: number | null;
                        /** Format: date-time */
                        opensAt?: string | null;
                        partnerRoles?: components["schemas"]["PartnerRoleInput"][];
                        paymentScheme?: components["schemas"]["PaymentSchemeInput"] | null;
                        ranking?: components["schemas"]["CallRankingInput"] | null;
                        rules?: components["schemas"]["CallRulesInput"];
                        summaryEn?: string | null;
                        summaryEs?: string | null;
                        textEn?: string | null;
                        textEs?: string | null;
                        titleEn?: string;
                        titleEs?: string;
                        topics?: components["schemas"]["CallTopicInput"][];
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
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/funding/calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's applications with their eligibility, filtered */
        get: {
            parameters: {
                query?: {
                    eligible?: "yes" | "no";
                    instrument?: string;
                    q?: string;
                    status?: "draft" | "submitted" | "withdrawn" | "ineligible";
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
                        "application/json": components["schemas"]["StaffApplicationRow"][];
                    };
                };
            };
        };
        put?: never;
        /** Start an application to an open call for an organisation I act for */
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
                        acronym?: string;
                        /** Format: uuid */
                        leadOrganisationId: string;
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
                        "application/json": components["schemas"]["Application"];
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
    "/api/funding/calls/{id}/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a call's applications (filtered) as CSV or XLSX */
        get: {
            parameters: {
                query: {
                    eligible?: "yes" | "no";
                    format: "csv" | "xlsx";
                    instrument?: string;
                    q?: string;
                    status?: "draft" | "submitted" | "withdrawn" | "ineligible";
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
    "/api/funding/calls/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the call must still define before it can be published */
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
                        "application/json": components["schemas"]["CallChecklist"];
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
    "/api/funding/calls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published call after its deadline */
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
                        "application/json": components["schemas"]["Call"];
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
    "/api/funding/calls/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a document to the call (multipart field `file`; PDF, office documents or ZIP) */
        post: {
            parameters: {
                query: {
                    language?: "es" | "en";
                    title: string;
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
                        "application/json": components["schemas"]["CallDocument"];
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
    "/api/funding/calls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a call (refused while a mandatory element is missing) */
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
                        "application/json": components["schemas"]["Call"];
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
    "/api/funding/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests to act for registered organisations */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
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
                        "application/json": components["schemas"]["OrganisationClaim"][];
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
    "/api/funding/claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a claim (approval links the person to the organisation) */
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
                        approve: boolean;
                        reason?: string;
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
    "/api/funding/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a commitment recorded by hand */
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
    "/api/funding/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a document from its call */
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
    "/api/funding/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a partner invitation is for (whoever holds the link) */
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
                        "application/json": components["schemas"]["PartnerInvitation"];
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
    "/api/funding/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the consortium for an organisation I act for, with its role(s) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        roles: string[];
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
                            applicationId: string;
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
    "/api/funding/invitations/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a partner invitation (whoever holds the link) */
        post: {
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
    "/api/funding/my/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications of the organisations I act for (led or joined) */
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
                        "application/json": components["schemas"]["ApplicationSummary"][];
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
    "/api/funding/my/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to act for an organisation already registered (approved at once for addresses on its web domain) */
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
                        message?: string;
                        taxId: string;
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
                        "application/json": components["schemas"]["OrganisationClaim"];
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
    "/api/funding/my/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations I act for, their SME declarations, and my claims */
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
                        "application/json": components["schemas"]["MyOrganisations"];
                    };
                };
            };
        };
        put?: never;
        /** Register my organisation (I act for it as its representative) */
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
                        /** @enum {string} */
                        kind: "company" | "university" | "research_centre" | "association";
                        legalName: string;
                        /** @default [] */
                        naceCodes?: string[];
                        site: {
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
                        /** @default [] */
                        stages?: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                        taxId: string;
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
    "/api/funding/my/organisations/{id}/sme-declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SME self-declaration: figures and holdings, assessed by the SME rules */
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
                        /** @default [] */
                        enterprises?: {
                            capitalPct: number;
                            /** @enum {string} */
                            direction: "holds_us" | "held_by_us";
                            name: string;
                            /** @enum {string} */
                            relation: "partner" | "linked";
                            votingPct: number;
                            years: {
                                awu: number;
                                balanceSheetCents: number;
                                turnoverCents: number;
                                year: number;
                            }[];
                        }[];
                        /** @enum {boolean} */
                        onHonour: true;
                        /** @default false */
                        publicBodyControl?: boolean;
                        years: {
                            awu: number;
                            balanceSheetCents: number;
                            turnoverCents: number;
                            year: number;
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
                        "application/json": components["schemas"]["SmeDeclaration"];
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
    "/api/funding/my/organisations/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a tax id (control character) and whether the registry knows it */
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
                        taxId: string;
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
                        "application/json": components["schemas"]["TaxIdCheck"];
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
    "/api/funding/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a partner from the consortium (lead only; not the lead) */
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
        /** Change a partner: amounts (lead), roles (lead or the partner), de minimis declaration (the partner) */
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
                        deMinimis?: components["schemas"]["DeMinimisDeclarationInput"] | null;
                        requestedCents?: number;
                        roles?: string[];
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
    "/api/funding/partners/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the invitation again (the previous link stops working) */
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
    "/api/funding/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes (sources of money) with their calls and commitments totals */
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
                        "application/json": components["schemas"]["Programme"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a programme (staff: of one of their offices) */
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
                        capJustification?: string | null;
                        code: string;
                        /**
                         * @default EUR
                         * @enum {string}
                         */
                        currency?: "EUR";
                        /** @default false */
                        deMinimis?: boolean;
                        description?: string | null;
                        /** Format: date */
                        endsOn?: string | null;
                        /** @default [] */
                        envelopes?: components["schemas"]["RegionalEnvelopeInput"][];
                        /** @default false */
                        fstp?: boolean;
                        grantReference?: string | null;
                        name: string;
                        /** Format: uuid */
                        officeId?: string | null;
                        /** @default 6000000 */
                        recipientCapCents?: number;
                        /** @enum {string} */
                        source: "horizon_europe" | "national" | "regional" | "own" | "other";
                        /** Format: date */
                        startsOn?: string | null;
                        totalBudgetCents: number;
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
                        "application/json": components["schemas"]["Programme"];
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
    "/api/funding/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme */
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
                        "application/json": components["schemas"]["Programme"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a programme (its cap per recipient is copied into its calls) */
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
                        capJustification?: string | null;
                        code?: string;
                        /** @enum {string} */
                        currency?: "EUR";
                        deMinimis?: boolean;
                        description?: string | null;
                        /** Format: date */
                        endsOn?: string | null;
                        envelopes?: components["schemas"]["RegionalEnvelopeInput"][];
                        fstp?: boolean;
                        grantReference?: string | null;
                        name?: string;
                        /** Format: uuid */
                        officeId?: string | null;
                        recipientCapCents?: number;
                        /** @enum {string} */
                        source?: "horizon_europe" | "national" | "regional" | "own" | "other";
                        /** Format: date */
                        startsOn?: string | null;
                        totalBudgetCents?: number;
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
                        "application/json": components["schemas"]["Programme"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/funding/programmes/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money committed to recipients in the programme (counted against the cap) */
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
                        "application/json": components["schemas"]["Commitment"][];
                    };
                };
            };
        };
        put?: never;
        /** Record support an organisation received from the programme outside Veta */
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
                        amountCents: number;
                        note: string;
                        /** Format: uuid */
                        organisationId: string;
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
                        "application/json": components["schemas"]["Commitment"][];
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
    "/api/impact/organisations/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's awards (to link a measure to the money behind it) */
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
                        "application/json": components["schemas"]["ImpactAward"][];
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
    "/api/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One material of the catalogue, with its names per source */
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
                        "application/json": components["schemas"]["MaterialDetail"];
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
    "/api/materials/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member organisations working with a material, and at which stages */
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
                        "application/json": components["schemas"]["MaterialMembers"];
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
    "/api/materials/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SR and EI of every material (computed where the inputs are there, published beside), and the check against the Act */
        get: {
            parameters: {
                query?: {
                    datasetId?: string;
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
                        "application/json": components["schemas"]["Assessment"];
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
    "/api/materials/assessment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One material's SR and EI with formulas, inputs, shares, end uses and history */
        get: {
            parameters: {
                query?: {
                    datasetId?: string;
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
                        "application/json": components["schemas"]["MaterialAssessment"];
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
    "/api/materials/assessment/ei-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EI recomputed from end uses and value added, and the SI_EI the published EI implies */
        get: {
            parameters: {
                query?: {
                    datasetId?: string;
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
                        "application/json": components["schemas"]["EiReportRow"][];
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
    "/api/materials/battery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The battery value chain: materials, suppliers, Battery Regulation targets, members */
        get: {
            parameters: {
                query?: {
                    datasetId?: string;
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
                        "application/json": components["schemas"]["BatteryView"];
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
    "/api/materials/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CRMA Art. 5 benchmarks per strategic material, with Spain and members */
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
                        "application/json": components["schemas"]["CrmaTracker"];
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
    "/api/materials/capacity-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capacity figures (EU, Spain, members) */
        get: {
            parameters: {
                query?: {
                    materialId?: string;
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
                        "application/json": components["schemas"]["CapacityFigure"][];
                    };
                };
            };
        };
        put?: never;
        /** Enter a capacity figure with its source and year */
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
                        /** @default null */
                        country?: string | null;
                        /** @default false */
                        illustrative?: boolean;
                        materialId: string;
                        /** @default null */
                        note?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        organisationId?: string | null;
                        /** @enum {string} */
                        scope: "eu" | "spain" | "organisation";
                        /** @default null */
                        share?: number | null;
                        source: string;
                        /** @enum {string} */
                        stage: "extraction" | "processing" | "recycling" | "diversification";
                        /** @default null */
                        tonnes?: number | null;
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
                        "application/json": components["schemas"]["CapacityFigure"];
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
    "/api/materials/capacity-figures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a capacity figure */
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
                        /** @default null */
                        country?: string | null;
                        /** @default false */
                        illustrative?: boolean;
                        materialId: string;
                        /** @default null */
                        note?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        organisationId?: string | null;
                        /** @enum {string} */
                        scope: "eu" | "spain" | "organisation";
                        /** @default null */
                        share?: number | null;
                        source: string;
                        /** @enum {string} */
                        stage: "extraction" | "processing" | "recycling" | "diversification";
                        /** @default null */
                        tonnes?: number | null;
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
                        "application/json": components["schemas"]["CapacityFigure"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a capacity figure */
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
    "/api/materials/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members per material and value-chain stage, and the gaps */
        get: {
            parameters: {
                query?: {
                    scope?: "crma" | "strategic" | "battery" | "mapped" | "all";
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
                        "application/json": components["schemas"]["Coverage"];
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
    "/api/materials/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coverage matrix as CSV or XLSX */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                    lang?: "es" | "en";
                    scope?: "crma" | "strategic" | "battery" | "mapped" | "all";
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
    "/api/materials/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment datasets (year, source, licence, row counts) */
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
                        "application/json": components["schemas"]["CrmDataset"][];
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
    "/api/materials/datasets/{datasetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset with the quirks its import reported */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
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
                        "application/json": components["schemas"]["CrmDatasetDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Make a dataset the current one */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        isCurrent: true;
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
                        "application/json": components["schemas"]["CrmDataset"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/materials/datasets/{datasetId}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Governance scores per country (entered, with source) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
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
                        "application/json": components["schemas"]["GovernanceEntry"][];
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
    "/api/materials/datasets/{datasetId}/governance.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Governance template (CSV) with every country of the dataset and the current values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
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
    "/api/materials/datasets/{datasetId}/governance/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a country's governance score */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    country: string;
                    datasetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        illustrative?: boolean;
                        source: string;
                        wgiScaled: number;
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
                        "application/json": components["schemas"]["GovernanceEntry"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a country's governance score */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    country: string;
                    datasetId: string;
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
    "/api/materials/datasets/{datasetId}/governance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import governance scores from CSV (dry run; all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
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
                        "application/json": components["schemas"]["DatasetImportReport"];
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
    "/api/materials/datasets/{datasetId}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** IR, EoL-RIR, SI_SR and SI_EI per material (entered, with source) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
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
                        "application/json": components["schemas"]["MaterialParameters"][];
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
    "/api/materials/datasets/{datasetId}/parameters.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Material parameters template (CSV) with the current values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
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
    "/api/materials/datasets/{datasetId}/parameters/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or remove, with null) a material's parameters */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
                    materialId: string;
                };
                cookie?: never;
            };
            /** @description Omitted parameters stay as they are; null removes a value. */
            requestBody: {
                content: {
                    "application/json": {
                        eolRir?: number | null;
                        /** @default false */
                        illustrative?: boolean;
                        importReliance?: number | null;
                        siEi?: number | null;
                        siSr?: number | null;
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
                        "application/json": components["schemas"]["MaterialParameters"];
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
    "/api/materials/datasets/{datasetId}/parameters/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import material parameters from CSV (dry run; all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    datasetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
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
                        "application/json": components["schemas"]["DatasetImportReport"];
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
    "/api/materials/datasets/eu-2023": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the EU 2023 study tables (shipped or given); dry run lists every problem, any error commits nothing */
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
                        /** @default false */
                        dryRun?: boolean;
                        files?: {
                            [key: string]: string;
                        };
                        /** @default false */
                        replace?: boolean;
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
                        "application/json": components["schemas"]["DatasetImportReport"];
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
    "/api/materials/name-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names of each material in the Act's list and in the EU study tables, with the mismatches */
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
                        "application/json": components["schemas"]["NameMappingRow"][];
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
    "/api/materials/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved scenarios the caller may see */
        get: {
            parameters: {
                query?: {
                    datasetId?: string;
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
                        "application/json": components["schemas"]["Scenario"][];
                    };
                };
            };
        };
        put?: never;
        /** Save a named scenario */
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
                        changes: components["schemas"]["ScenarioChangeInput"][];
                        /** Format: uuid */
                        datasetId: string;
                        /** @default null */
                        description?: string | null;
                        name: string;
                        /** @default false */
                        shared?: boolean;
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
                        "application/json": components["schemas"]["ScenarioWithResult"];
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
    "/api/materials/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario and its result */
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
                        "application/json": components["schemas"]["ScenarioWithResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a scenario (its author, or an administrator) */
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
        /** Change a scenario (its author, or an administrator) */
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
                        changes?: components["schemas"]["ScenarioChangeInput"][];
                        /** @default null */
                        description?: string | null;
                        name?: string;
                        /** @default false */
                        shared?: boolean;
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
                        "application/json": components["schemas"]["ScenarioWithResult"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/materials/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SR and EI before and after a list of changes, for every material they touch */
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
                        changes: components["schemas"]["ScenarioChangeInput"][];
                        /** Format: uuid */
                        datasetId: string;
                        explain?: string;
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
                        "application/json": components["schemas"]["WhatIfResult"];
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
                        "application/json": components["schemas"]["OrganisationImportReport"];
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
    "/api/payments/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recipients' bank accounts */
        get: {
            parameters: {
                query?: {
                    unverified?: string;
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
                        "application/json": components["schemas"]["PaymentsAccount"][];
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
    "/api/payments/accounts/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a bank account (it may then be exported) */
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
                        "application/json": components["schemas"]["PaymentsAccount"];
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
    "/api/payments/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the signature: creates the payment schedule (signature tranche due at once) */
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
                        signedOn: string;
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate a signed agreement early: its payments not yet paid are cancelled with the reason */
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
                        reason: string;
                        /** Format: date */
                        terminatedOn: string;
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/my/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank accounts of the funded organisations I act for */
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
                        "application/json": components["schemas"]["PaymentsAccount"][];
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
    "/api/payments/my/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the bank account of an organisation I act for (by organisation id; finance verifies it again) */
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
                        bic?: string;
                        holderName: string;
                        iban: string;
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
                        "application/json": components["schemas"]["PaymentsAccount"][];
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
    "/api/payments/payments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a due payment (never by its creator or by who made it due) */
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
                        "application/json": components["schemas"]["PaymentsPayment"];
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
    "/api/payments/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled or approved payment, with a reason */
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
                        reason: string;
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
                        "application/json": components["schemas"]["PaymentsPayment"];
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
    "/api/payments/payments/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved payment paid, with the bank's value date and reference */
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
                        reference: string;
                        /** Format: date */
                        valueDate: string;
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
                        "application/json": components["schemas"]["PaymentsPayment"];
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
    "/api/payments/payments/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a paid payment was sent back */
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
                        reason: string;
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
                        "application/json": components["schemas"]["PaymentsPayment"];
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
    "/api/payments/programmes/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account the programme pays from */
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
                        "application/json": components["schemas"]["PaymentsPayerAccount"];
                    };
                };
            };
        };
        /** Set the account the programme pays from (SEPA debtor) */
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
                        bic?: string;
                        holderName: string;
                        iban: string;
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
                        "application/json": components["schemas"]["PaymentsPayerAccount"];
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
    "/api/payments/programmes/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme's budget, committed, paid and due money, by region and instrument */
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
                        "application/json": components["schemas"]["PaymentsDashboard"];
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
    "/api/payments/programmes/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved payments as a CSV for the bank or a SEPA credit transfer file (pain.001) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "sepa";
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
    "/api/payments/programmes/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme's payments */
        get: {
            parameters: {
                query?: {
                    state?: "scheduled" | "approved" | "paid" | "cancelled" | "returned";
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
                        "application/json": components["schemas"]["PaymentsPayment"][];
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
    "/api/payments/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funded projects (back office: all or one programme; recipients: their own) */
        get: {
            parameters: {
                query?: {
                    programmeId?: string;
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
                        "application/json": components["schemas"]["PaymentsProjectSummary"][];
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
    "/api/payments/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One funded project (by application id): awards, agreement, schedule, payments, reports */
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/projects/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the grant agreement of a funded project (amounts per partner are its awards) */
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
                        endsOn: string;
                        /** Format: date */
                        startsOn: string;
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/projects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the report of a milestone (lead organisation; multipart field `file`, PDF or office document) */
        post: {
            parameters: {
                query: {
                    milestone: string;
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a report (its milestone's tranche becomes due) or ask for changes */
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
                        comment?: string;
                        /** @enum {string} */
                        decision: "accept" | "request_changes";
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
                        "application/json": components["schemas"]["PaymentsProject"];
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
    "/api/payments/reports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a report's file (its project's people and the back office) */
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
    "/api/payments/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger invariant per programme: awarded = paid + due + cancelled + returned */
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
                        "application/json": components["schemas"]["PaymentsVerification"];
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
    "/api/public/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published calls, open ones first */
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
                        "application/json": components["schemas"]["PublicCallList"];
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
    "/api/public/calls/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published call: text, lists, instruments, rules, criteria, payments, form, documents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                        "application/json": components["schemas"]["PublicCall"];
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
    "/api/public/calls/{code}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recipients of a decided call (published fields only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                        "application/json": components["schemas"]["AwardsPublicResults"];
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
    "/api/public/calls/{code}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recipients of a decided call as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
    "/api/public/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of a published call */
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
        AmountRule: {
            fundingRatePercent?: number;
            /** @enum {string} */
            method: "lump_sum" | "cost_share" | "other";
            textEn: string;
            textEs: string;
        };
        AmountRuleInput: {
            fundingRatePercent?: number;
            /** @enum {string} */
            method: "lump_sum" | "cost_share" | "other";
            textEn: string;
            textEs: string;
        };
        Answers: {
            [key: string]: (string | number | string[] | {
                partners: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
            }) | null;
        };
        AnswersInput: {
            [key: string]: (string | number | string[] | {
                partners: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
            }) | null;
        };
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
        Application: {
            acronym: string | null;
            activities: string[];
            answers: components["schemas"]["Answers"];
            attachments: components["schemas"]["Attachment"][];
            call: components["schemas"]["PublicCall"];
            /** Format: uuid */
            callId: string;
            completeness: components["schemas"]["CompletenessIssue"][];
            currentVersion: number;
            editable: boolean;
            eligibility: components["schemas"]["EligibilityResult"];
            /** Format: uuid */
            id: string;
            instrumentId: string | null;
            /** Format: uuid */
            leadOrganisationId: string;
            partners: components["schemas"]["ApplicationPartner"][];
            reference: string;
            /** @enum {string} */
            standing: "lead" | "partner" | "staff";
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            statusReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            teamMen?: number | null;
            teamWomen?: number | null;
            title: string | null;
            topics: string[];
            trl: number | null;
            unsubmittedChanges: boolean;
            /** Format: date-time */
            updatedAt: string;
            versions: components["schemas"]["VersionSummary"][];
        };
        ApplicationForm: {
            sections: components["schemas"]["FormSection"][];
        };
        ApplicationFormInput: {
            sections: components["schemas"]["FormSectionInput"][];
        };
        ApplicationInput: {
            acronym: string | null;
            activities: string[];
            answers: components["schemas"]["AnswersInput"];
            attachments: components["schemas"]["AttachmentInput"][];
            call: components["schemas"]["PublicCallInput"];
            /** Format: uuid */
            callId: string;
            completeness: components["schemas"]["CompletenessIssueInput"][];
            currentVersion: number;
            editable: boolean;
            eligibility: components["schemas"]["EligibilityResultInput"];
            /** Format: uuid */
            id: string;
            instrumentId: string | null;
            /** Format: uuid */
            leadOrganisationId: string;
            partners: components["schemas"]["ApplicationPartnerInput"][];
            reference: string;
            /** @enum {string} */
            standing: "lead" | "partner" | "staff";
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            statusReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            teamMen?: number | null;
            teamWomen?: number | null;
            title: string | null;
            topics: string[];
            trl: number | null;
            unsubmittedChanges: boolean;
            /** Format: date-time */
            updatedAt: string;
            versions: components["schemas"]["VersionSummaryInput"][];
        };
        ApplicationPartner: {
            /** Format: date-time */
            confirmedAt: string | null;
            country: string | null;
            deMinimis: components["schemas"]["DeMinimisDeclaration"] | null;
            /** Format: uuid */
            id: string;
            invitedEmail: string | null;
            invitedName: string | null;
            lead: boolean;
            mine: boolean;
            nuts: string | null;
            /** Format: uuid */
            organisationId: string | null;
            organisationName: string | null;
            requestedCents: number;
            roles: string[];
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            /** @enum {string} */
            smeSource: "declaration" | "registry" | "unknown";
            /** @enum {string} */
            status: "invited" | "confirmed" | "declined";
        };
        ApplicationPartnerInput: {
            /** Format: date-time */
            confirmedAt: string | null;
            country: string | null;
            deMinimis: components["schemas"]["DeMinimisDeclarationInput"] | null;
            /** Format: uuid */
            id: string;
            invitedEmail: string | null;
            invitedName: string | null;
            lead: boolean;
            mine: boolean;
            nuts: string | null;
            /** Format: uuid */
            organisationId: string | null;
            organisationName: string | null;
            requestedCents: number;
            roles: string[];
            /** @enum {string|null} */
            smeClass: "micro" | "small" | "medium" | "large" | null;
            /** @enum {string} */
            smeSource: "declaration" | "registry" | "unknown";
            /** @enum {string} */
            status: "invited" | "confirmed" | "declined";
        };
        ApplicationSnapshot: {
            answers: components["schemas"]["Answers"];
            application: {
                acronym: string | null;
                activities: string[];
                id: string;
                instrumentId: string | null;
                reference: string;
                teamMen?: number | null;
                teamWomen?: number | null;
                title: string | null;
                topics: string[];
                trl: number | null;
            };
            attachments: {
                id: string;
                mediaType: string;
                name: string;
                questionId: string;
                sha256: string;
                size: number;
            }[];
            budget: {
                costTotals: {
                    [key: string]: number;
                };
                requested: {
                    [key: string]: number;
                };
                requestedTotalCents: number;
            };
            call: {
                code: string;
                deadlineAt: string;
                deadlineLocal: string;
                deadlineZone: string;
                id: string;
            };
            consortium: {
                confirmedAt: string | null;
                country: string;
                deMinimis: components["schemas"]["DeMinimisDeclaration"] | null;
                lead: boolean;
                legalName: string;
                membershipStatus: string;
                naceCodes: string[];
                nuts: string | null;
                organisationId: string;
                partnerId: string;
                requestedCents: number;
                roles: string[];
                /** @enum {string|null} */
                smeClass: "micro" | "small" | "medium" | "large" | null;
                /** @enum {string} */
                smeSource: "declaration" | "registry" | "unknown";
                stages: string[];
                taxId: string | null;
            }[];
            eligibility: components["schemas"]["EligibilityResult"];
            form: components["schemas"]["ApplicationForm"];
            /** @enum {number} */
            schema: 1;
            submittedAt: string;
            submittedBy: {
                email: string;
                id: string;
                name: string;
            } | null;
            version: number;
        };
        ApplicationSnapshotInput: {
            answers: components["schemas"]["AnswersInput"];
            application: {
                acronym: string | null;
                activities: string[];
                id: string;
                instrumentId: string | null;
                reference: string;
                teamMen?: number | null;
                teamWomen?: number | null;
                title: string | null;
                topics: string[];
                trl: number | null;
            };
            attachments: {
                id: string;
                mediaType: string;
                name: string;
                questionId: string;
                sha256: string;
                size: number;
            }[];
            budget: {
                costTotals: {
                    [key: string]: number;
                };
                requested: {
                    [key: string]: number;
                };
                requestedTotalCents: number;
            };
            call: {
                code: string;
                deadlineAt: string;
                deadlineLocal: string;
                deadlineZone: string;
                id: string;
            };
            consortium: {
                confirmedAt: string | null;
                country: string;
                deMinimis: components["schemas"]["DeMinimisDeclarationInput"] | null;
                lead: boolean;
                legalName: string;
                membershipStatus: string;
                naceCodes: string[];
                nuts: string | null;
                organisationId: string;
                partnerId: string;
                requestedCents: number;
                roles: string[];
                /** @enum {string|null} */
                smeClass: "micro" | "small" | "medium" | "large" | null;
                /** @enum {string} */
                smeSource: "declaration" | "registry" | "unknown";
                stages: string[];
                taxId: string | null;
            }[];
            eligibility: components["schemas"]["EligibilityResultInput"];
            form: components["schemas"]["ApplicationFormInput"];
            /** @enum {number} */
            schema: 1;
            submittedAt: string;
            submittedBy: {
                email: string;
                id: string;
                name: string;
            } | null;
            version: number;
        };
        ApplicationSummary: {
            acronym: string | null;
            callCode: string;
            /** Format: uuid */
            callId: string;
            callTitleEn: string;
            callTitleEs: string;
            currentVersion: number;
            /** Format: date-time */
            deadlineAt: string | null;
            /** Format: uuid */
            id: string;
            leadName: string;
            reference: string;
            /** @enum {string} */
            standing: "lead" | "partner";
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationSummaryInput: {
            acronym: string | null;
            callCode: string;
            /** Format: uuid */
            callId: string;
            callTitleEn: string;
            callTitleEs: string;
            currentVersion: number;
            /** Format: date-time */
            deadlineAt: string | null;
            /** Format: uuid */
            id: string;
            leadName: string;
            reference: string;
            /** @enum {string} */
            standing: "lead" | "partner";
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationVersion: {
            snapshot: components["schemas"]["ApplicationSnapshot"];
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            version: number;
        };
        ApplicationVersionInput: {
            snapshot: components["schemas"]["ApplicationSnapshotInput"];
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            version: number;
        };
        Assessment: {
            assessmentYear: number;
            check: components["schemas"]["ClassificationCheck"];
            /** Format: uuid */
            datasetId: string;
            rows: components["schemas"]["AssessmentRow"][];
            thresholds: {
                ei: number;
                sr: number;
            };
        };
        AssessmentInput: {
            assessmentYear: number;
            check: components["schemas"]["ClassificationCheckInput"];
            /** Format: uuid */
            datasetId: string;
            rows: components["schemas"]["AssessmentRowInput"][];
            thresholds: {
                ei: number;
                sr: number;
            };
        };
        AssessmentRow: {
            computed: components["schemas"]["MaterialValues"];
            materialId: string;
            published: components["schemas"]["PublishedValues"] | null;
        };
        AssessmentRowInput: {
            computed: components["schemas"]["MaterialValuesInput"];
            materialId: string;
            published: components["schemas"]["PublishedValuesInput"] | null;
        };
        Attachment: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            name: string;
            questionId: string;
            sha256: string;
            size: number;
        };
        AttachmentInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            name: string;
            questionId: string;
            sha256: string;
            size: number;
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
        AwardsDecisionInfo: {
            frozenAt: string;
            frozenBy: string | null;
            id: string;
            intact: boolean;
            lettersSent: number;
            recordHash: string;
        };
        AwardsDecisionInfoInput: {
            frozenAt: string;
            frozenBy: string | null;
            id: string;
            intact: boolean;
            lettersSent: number;
            recordHash: string;
        };
        AwardsDecline: {
            reason: string;
        };
        AwardsDeclineInput: {
            reason: string;
        };
        AwardsDeclineResult: {
            promoted: string | null;
        };
        AwardsDeclineResultInput: {
            promoted: string | null;
        };
        AwardsEnvelope: {
            alreadyCommittedCents: number;
            budgetCents: number;
            label: string;
            nutsPrefix: string;
            usedCents: number;
        };
        AwardsEnvelopeInput: {
            alreadyCommittedCents: number;
            budgetCents: number;
            label: string;
            nutsPrefix: string;
            usedCents: number;
        };
        AwardsLettersResult: {
            alreadySent: number;
            sent: number;
        };
        AwardsLettersResultInput: {
            alreadySent: number;
            sent: number;
        };
        AwardsOutcome: {
            decisionDate: string | null;
            letter: {
                body: string;
                subject: string;
            } | null;
            /** @enum {string|null} */
            outcome: "selected" | "reserve" | "rejected" | "declined" | null;
            published: boolean;
            rank: number | null;
            reservePosition: number | null;
        };
        AwardsOutcomeInput: {
            decisionDate: string | null;
            letter: {
                body: string;
                subject: string;
            } | null;
            /** @enum {string|null} */
            outcome: "selected" | "reserve" | "rejected" | "declined" | null;
            published: boolean;
            rank: number | null;
            reservePosition: number | null;
        };
        AwardsPartner: {
            amountCents: number;
            country: string;
            legalName: string;
            nuts: string | null;
            organisationId: string;
            requestedCents: number;
        };
        AwardsPartnerInput: {
            amountCents: number;
            country: string;
            legalName: string;
            nuts: string | null;
            organisationId: string;
            requestedCents: number;
        };
        AwardsPublicRecipient: {
            acronym: string | null;
            amountCents: number;
            country: string;
            legalName: string;
            title: string | null;
        };
        AwardsPublicRecipientInput: {
            acronym: string | null;
            amountCents: number;
            country: string;
            legalName: string;
            title: string | null;
        };
        AwardsPublicResults: {
            code: string;
            currency: string;
            decisionDate: string;
            recipients: components["schemas"]["AwardsPublicRecipient"][];
            titleEn: string;
            titleEs: string;
            totalCents: number;
        };
        AwardsPublicResultsInput: {
            code: string;
            currency: string;
            decisionDate: string;
            recipients: components["schemas"]["AwardsPublicRecipientInput"][];
            titleEn: string;
            titleEs: string;
            totalCents: number;
        };
        AwardsReason: {
            code: string;
            params: {
                [key: string]: string | number;
            };
        };
        AwardsReasonInput: {
            code: string;
            params: {
                [key: string]: string | number;
            };
        };
        AwardsRow: {
            acronym: string | null;
            amountCents: number;
            applicationId: string;
            /** @enum {string|null} */
            change: "declined" | "promoted" | null;
            /** @enum {string} */
            decision: "selected" | "reserve" | "rejected" | "pending";
            partners: components["schemas"]["AwardsPartner"][];
            rank: number | null;
            reasons: components["schemas"]["AwardsReason"][];
            reference: string;
            reservePosition: number | null;
            title: string | null;
            total: number | null;
            weightedTotal: number | null;
        };
        AwardsRowInput: {
            acronym: string | null;
            amountCents: number;
            applicationId: string;
            /** @enum {string|null} */
            change: "declined" | "promoted" | null;
            /** @enum {string} */
            decision: "selected" | "reserve" | "rejected" | "pending";
            partners: components["schemas"]["AwardsPartnerInput"][];
            rank: number | null;
            reasons: components["schemas"]["AwardsReasonInput"][];
            reference: string;
            reservePosition: number | null;
            title: string | null;
            total: number | null;
            weightedTotal: number | null;
        };
        AwardsSelection: {
            budgetCents: number;
            callCode: string;
            callId: string;
            callStatus: string;
            criteria: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            currency: string;
            decision: components["schemas"]["AwardsDecisionInfo"] | null;
            deMinimis: boolean;
            envelopes: components["schemas"]["AwardsEnvelope"][];
            fundedCents: number;
            pendingCount: number;
            plannedGrantDate: string;
            recipientCapCents: number | null;
            rows: components["schemas"]["AwardsRow"][];
        };
        AwardsSelectionInput: {
            budgetCents: number;
            callCode: string;
            callId: string;
            callStatus: string;
            criteria: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            currency: string;
            decision: components["schemas"]["AwardsDecisionInfoInput"] | null;
            deMinimis: boolean;
            envelopes: components["schemas"]["AwardsEnvelopeInput"][];
            fundedCents: number;
            pendingCount: number;
            plannedGrantDate: string;
            recipientCapCents: number | null;
            rows: components["schemas"]["AwardsRowInput"][];
        };
        BatteryMaterial: {
            computed: components["schemas"]["MaterialValues"] | null;
            coverage: {
                hiddenCount: number;
                members: components["schemas"]["CoverageMember"][];
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            critical: boolean;
            materialId: string;
            published: components["schemas"]["PublishedValues"] | null;
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            targets: components["schemas"]["BatteryTarget"][];
            topSuppliers: {
                extraction: {
                    country: string;
                    share: number;
                }[];
                processing: {
                    country: string;
                    share: number;
                }[];
            };
        };
        BatteryMaterialInput: {
            computed: components["schemas"]["MaterialValuesInput"] | null;
            coverage: {
                hiddenCount: number;
                members: components["schemas"]["CoverageMemberInput"][];
                /** @enum {string} */
                stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
            critical: boolean;
            materialId: string;
            published: components["schemas"]["PublishedValuesInput"] | null;
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            targets: components["schemas"]["BatteryTargetInput"][];
            topSuppliers: {
                extraction: {
                    country: string;
                    share: number;
                }[];
                processing: {
                    country: string;
                    share: number;
                }[];
            };
        };
        BatteryTarget: {
            /** Format: date */
            date: string;
            materialIds: string[];
            materialOrCategory: string;
            metric: string;
            provision: string;
            requirement: string | null;
            share: number | null;
            sourceUrl: string;
        };
        BatteryTargetInput: {
            /** Format: date */
            date: string;
            materialIds: string[];
            materialOrCategory: string;
            metric: string;
            provision: string;
            requirement: string | null;
            share: number | null;
            sourceUrl: string;
        };
        BatteryView: {
            categoryTargets: components["schemas"]["BatteryTarget"][];
            /** Format: uuid */
            datasetId: string | null;
            materials: components["schemas"]["BatteryMaterial"][];
            stages: {
                id: string;
                /** @enum {string} */
                platformStage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
        };
        BatteryViewInput: {
            categoryTargets: components["schemas"]["BatteryTargetInput"][];
            /** Format: uuid */
            datasetId: string | null;
            materials: components["schemas"]["BatteryMaterialInput"][];
            stages: {
                id: string;
                /** @enum {string} */
                platformStage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
            }[];
        };
        BenchmarkCheck: {
            benchmarkId: string;
            /** @enum {string} */
            direction: "min" | "max";
            figure: components["schemas"]["CapacityFigure"] | null;
            formula: string;
            margin: number | null;
            met: boolean | null;
            threshold: number;
            value: number | null;
        };
        BenchmarkCheckInput: {
            benchmarkId: string;
            /** @enum {string} */
            direction: "min" | "max";
            figure: components["schemas"]["CapacityFigureInput"] | null;
            formula: string;
            margin: number | null;
            met: boolean | null;
            threshold: number;
            value: number | null;
        };
        Call: {
            activities: components["schemas"]["CallActivity"][];
            amountRule: components["schemas"]["AmountRule"] | null;
            applicationCounts: {
                [key: string]: number;
            };
            budgetCents: number | null;
            canManage: boolean;
            /** Format: date-time */
            closedAt: string | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            documents: components["schemas"]["CallDocument"][];
            form: components["schemas"]["ApplicationForm"];
            /** Format: uuid */
            id: string;
            maxAwards: number | null;
            /** Format: date-time */
            opensAt: string | null;
            partnerRoles: components["schemas"]["PartnerRole"][];
            paymentScheme: components["schemas"]["PaymentScheme"] | null;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: date-time */
            publishedAt: string | null;
            ranking: components["schemas"]["CallRanking"] | null;
            rules: components["schemas"]["CallRules"];
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            textEn: string | null;
            textEs: string | null;
            titleEn: string;
            titleEs: string;
            topics: components["schemas"]["CallTopic"][];
        };
        CallActivity: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        CallActivityInput: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        CallChecklist: {
            items: components["schemas"]["ChecklistItem"][];
            publishable: boolean;
        };
        CallChecklistInput: {
            items: components["schemas"]["ChecklistItemInput"][];
            publishable: boolean;
        };
        CallDocument: {
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            language: "es" | "en" | null;
            mediaType: string;
            name: string;
            sha256: string;
            size: number;
            title: string;
        };
        CallDocumentInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            language: "es" | "en" | null;
            mediaType: string;
            name: string;
            sha256: string;
            size: number;
            title: string;
        };
        CallInput: {
            activities: components["schemas"]["CallActivityInput"][];
            amountRule: components["schemas"]["AmountRuleInput"] | null;
            applicationCounts: {
                [key: string]: number;
            };
            budgetCents: number | null;
            canManage: boolean;
            /** Format: date-time */
            closedAt: string | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            documents: components["schemas"]["CallDocumentInput"][];
            form: components["schemas"]["ApplicationFormInput"];
            /** Format: uuid */
            id: string;
            maxAwards: number | null;
            /** Format: date-time */
            opensAt: string | null;
            partnerRoles: components["schemas"]["PartnerRoleInput"][];
            paymentScheme: components["schemas"]["PaymentSchemeInput"] | null;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: date-time */
            publishedAt: string | null;
            ranking: components["schemas"]["CallRankingInput"] | null;
            rules: components["schemas"]["CallRulesInput"];
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            textEn: string | null;
            textEs: string | null;
            titleEn: string;
            titleEs: string;
            topics: components["schemas"]["CallTopicInput"][];
        };
        CallInstrument: {
            durationMonths?: number;
            id: string;
            maxPerProjectCents?: number;
            maxPerRecipientCents?: number;
            nameEn: string;
            nameEs: string;
            trl?: {
                max: number;
                min: number;
            };
        };
        CallInstrumentInput: {
            durationMonths?: number;
            id: string;
            maxPerProjectCents?: number;
            maxPerRecipientCents?: number;
            nameEn: string;
            nameEs: string;
            trl?: {
                max: number;
                min: number;
            };
        };
        CallRanking: {
            criteria: {
                descriptionEn?: string;
                descriptionEs?: string;
                id: string;
                labelEn: string;
                labelEs: string;
                threshold: number;
                weight: number;
            }[];
            minCommentLength?: number;
            tieOrder: string[];
            totalThreshold: number;
        };
        CallRankingInput: {
            criteria: {
                descriptionEn?: string;
                descriptionEs?: string;
                id: string;
                labelEn: string;
                labelEs: string;
                threshold: number;
                weight: number;
            }[];
            minCommentLength?: number;
            tieOrder: string[];
            totalThreshold: number;
        };
        CallRules: {
            allowedSmeClasses?: ("micro" | "small" | "medium" | "large")[];
            capJustification?: string;
            eligibleCountries?: string[];
            instruments: components["schemas"]["CallInstrument"][];
            maxPartners?: number;
            membershipRequired?: "every" | {
                atLeast: number;
            };
            membershipStatuses?: ("active" | "pending" | "lapsed" | "none")[];
            minDistinctCountries?: number;
            minPartners?: number;
            nace?: {
                prefixes: string[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            };
            perRecipientCapCents?: number;
            regions?: {
                nutsPrefixes: string[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            }[];
            requiredRoles?: {
                min: number;
                role: string;
            }[];
            smeOnly?: boolean;
            stages?: {
                allowed: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            };
        };
        CallRulesInput: {
            allowedSmeClasses?: ("micro" | "small" | "medium" | "large")[];
            capJustification?: string;
            eligibleCountries?: string[];
            instruments: components["schemas"]["CallInstrumentInput"][];
            maxPartners?: number;
            membershipRequired?: "every" | {
                atLeast: number;
            };
            membershipStatuses?: ("active" | "pending" | "lapsed" | "none")[];
            minDistinctCountries?: number;
            minPartners?: number;
            nace?: {
                prefixes: string[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            };
            perRecipientCapCents?: number;
            regions?: {
                nutsPrefixes: string[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            }[];
            requiredRoles?: {
                min: number;
                role: string;
            }[];
            smeOnly?: boolean;
            stages?: {
                allowed: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
                quantifier?: "every" | {
                    atLeast: number;
                };
            };
        };
        CallSummary: {
            applications: number;
            budgetCents: number | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineZone: string | null;
            /** Format: uuid */
            id: string;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            submitted: number;
            titleEn: string;
            titleEs: string;
        };
        CallSummaryInput: {
            applications: number;
            budgetCents: number | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineZone: string | null;
            /** Format: uuid */
            id: string;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            submitted: number;
            titleEn: string;
            titleEs: string;
        };
        CallTopic: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        CallTopicInput: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        CapacityFigure: {
            country: string | null;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            materialId: string;
            note: string | null;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            scope: "eu" | "spain" | "organisation";
            share: number | null;
            source: string;
            /** @enum {string} */
            stage: "extraction" | "processing" | "recycling" | "diversification";
            tonnes: number | null;
            /** Format: date-time */
            updatedAt: string;
            year: number;
        };
        CapacityFigureInput: {
            country: string | null;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            materialId: string;
            note: string | null;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            scope: "eu" | "spain" | "organisation";
            share: number | null;
            source: string;
            /** @enum {string} */
            stage: "extraction" | "processing" | "recycling" | "diversification";
            tonnes: number | null;
            /** Format: date-time */
            updatedAt: string;
            year: number;
        };
        ChecklistItem: {
            code: string;
            issues: {
                code: string;
                params?: {
                    [key: string]: unknown;
                };
                path: string;
            }[];
            mandatory: boolean;
            ok: boolean;
            params: {
                [key: string]: string | number | boolean;
            };
        };
        ChecklistItemInput: {
            code: string;
            issues: {
                code: string;
                params?: {
                    [key: string]: unknown;
                };
                path: string;
            }[];
            mandatory: boolean;
            ok: boolean;
            params: {
                [key: string]: string | number | boolean;
            };
        };
        ClassificationCheck: {
            actCritical: string[];
            actNotCovered: string[];
            addedAsStrategic: string[];
            assessed: number;
            matchesAct: boolean;
            passing: string[];
            passingNotInAct: string[];
            year: number;
        };
        ClassificationCheckInput: {
            actCritical: string[];
            actNotCovered: string[];
            addedAsStrategic: string[];
            assessed: number;
            matchesAct: boolean;
            passing: string[];
            passingNotInAct: string[];
            year: number;
        };
        Commitment: {
            amountCents: number;
            /** Format: uuid */
            applicationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            source: "award" | "external";
        };
        CommitmentInput: {
            amountCents: number;
            /** Format: uuid */
            applicationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            source: "award" | "external";
        };
        CompletenessIssue: {
            code: string;
            params: {
                [key: string]: string | number | boolean | string[];
            };
            path: string;
        };
        CompletenessIssueInput: {
            code: string;
            params: {
                [key: string]: string | number | boolean | string[];
            };
            path: string;
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
        Coverage: {
            activeMembers: number;
            gapStages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            mappedMembers: number;
            rows: components["schemas"]["CoverageRow"][];
            /** @enum {string} */
            scope: "crma" | "strategic" | "battery" | "mapped" | "all";
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
        };
        CoverageCell: {
            hiddenCount: number;
            members: components["schemas"]["CoverageMember"][];
            /** @enum {string} */
            stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
        };
        CoverageCellInput: {
            hiddenCount: number;
            members: components["schemas"]["CoverageMemberInput"][];
            /** @enum {string} */
            stage: "exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance";
        };
        CoverageInput: {
            activeMembers: number;
            gapStages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            mappedMembers: number;
            rows: components["schemas"]["CoverageRowInput"][];
            /** @enum {string} */
            scope: "crma" | "strategic" | "battery" | "mapped" | "all";
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
        };
        CoverageMember: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CoverageMemberInput: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CoverageRow: {
            cells: components["schemas"]["CoverageCell"][];
            gaps: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            materialId: string;
            memberCount: number;
        };
        CoverageRowInput: {
            cells: components["schemas"]["CoverageCellInput"][];
            gaps: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
            materialId: string;
            memberCount: number;
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
        CrmaBenchmark: {
            article: string;
            /** @enum {string} */
            direction: "min" | "max";
            id: string;
            stage: string;
            targetYear: number;
            threshold: number;
        };
        CrmaBenchmarkInput: {
            article: string;
            /** @enum {string} */
            direction: "min" | "max";
            id: string;
            stage: string;
            targetYear: number;
            threshold: number;
        };
        CrmaTracker: {
            benchmarks: components["schemas"]["CrmaBenchmark"][];
            rows: components["schemas"]["TrackerRow"][];
        };
        CrmaTrackerInput: {
            benchmarks: components["schemas"]["CrmaBenchmarkInput"][];
            rows: components["schemas"]["TrackerRowInput"][];
        };
        CrmDataset: {
            assessmentYear: number;
            attribution: string;
            code: string;
            counts: {
                endUses: number;
                governance: number;
                materials: number;
                parameters: number;
                publishedScores: number;
                supplyShares: number;
            };
            /** Format: date-time */
            createdAt: string;
            files: string[];
            /** Format: uuid */
            id: string;
            isCurrent: boolean;
            licence: string;
            source: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            warningCount: number;
        };
        CrmDatasetDetail: {
            assessmentYear: number;
            attribution: string;
            code: string;
            counts: {
                endUses: number;
                governance: number;
                materials: number;
                parameters: number;
                publishedScores: number;
                supplyShares: number;
            };
            /** Format: date-time */
            createdAt: string;
            files: string[];
            /** Format: uuid */
            id: string;
            isCurrent: boolean;
            licence: string;
            source: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            warningCount: number;
            warnings: components["schemas"]["FileIssue"][];
        };
        CrmDatasetDetailInput: {
            assessmentYear: number;
            attribution: string;
            code: string;
            counts: {
                endUses: number;
                governance: number;
                materials: number;
                parameters: number;
                publishedScores: number;
                supplyShares: number;
            };
            /** Format: date-time */
            createdAt: string;
            files: string[];
            /** Format: uuid */
            id: string;
            isCurrent: boolean;
            licence: string;
            source: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            warningCount: number;
            warnings: components["schemas"]["FileIssueInput"][];
        };
        CrmDatasetInput: {
            assessmentYear: number;
            attribution: string;
            code: string;
            counts: {
                endUses: number;
                governance: number;
                materials: number;
                parameters: number;
                publishedScores: number;
                supplyShares: number;
            };
            /** Format: date-time */
            createdAt: string;
            files: string[];
            /** Format: uuid */
            id: string;
            isCurrent: boolean;
            licence: string;
            source: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            warningCount: number;
        };
        DatasetImportReport: {
            committed: boolean;
            counts: {
                [key: string]: number;
            };
            /** Format: uuid */
            datasetId: string | null;
            dryRun: boolean;
            errors: components["schemas"]["FileIssue"][];
            unchanged: number[];
            warnings: components["schemas"]["FileIssue"][];
        };
        DatasetImportReportInput: {
            committed: boolean;
            counts: {
                [key: string]: number;
            };
            /** Format: uuid */
            datasetId: string | null;
            dryRun: boolean;
            errors: components["schemas"]["FileIssueInput"][];
            unchanged: number[];
            warnings: components["schemas"]["FileIssueInput"][];
        };
        DeMinimisDeclaration: {
            aids: {
                amountCents: number;
                description?: string;
                /** Format: date */
                grantedOn: string;
                grantor: string;
            }[];
            noneReceived: boolean;
        };
        DeMinimisDeclarationInput: {
            aids: {
                amountCents: number;
                description?: string;
                /** Format: date */
                grantedOn: string;
                grantor: string;
            }[];
            noneReceived: boolean;
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
        EiReportRow: {
            impliedSiEi: number | null;
            materialId: string;
            published: number | null;
            scaled: number | null;
            /** @enum {string} */
            status: "compared" | "no-end-use" | "no-published-ei";
        };
        EiReportRowInput: {
            impliedSiEi: number | null;
            materialId: string;
            published: number | null;
            scaled: number | null;
            /** @enum {string} */
            status: "compared" | "no-end-use" | "no-published-ei";
        };
        EligibilityResult: {
            eligible: boolean;
            failures: components["schemas"]["RuleResult"][];
            results: components["schemas"]["RuleResult"][];
        };
        EligibilityResultInput: {
            eligible: boolean;
            failures: components["schemas"]["RuleResultInput"][];
            results: components["schemas"]["RuleResultInput"][];
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
        EndUseRow: {
            application: string;
            line: number;
            sectorCode: string | null;
            sectorName: string | null;
            share: number | null;
            shareRaw: string;
            valueAddedMeur: number | null;
        };
        EndUseRowInput: {
            application: string;
            line: number;
            sectorCode: string | null;
            sectorName: string | null;
            share: number | null;
            shareRaw: string;
            valueAddedMeur: number | null;
        };
        EvalAffinityCell: {
            affinity: number;
            applicationId: string;
            computed: number;
            conflicted: boolean;
            evaluatorId: string;
            matchedTerms: string[];
            matchedTopics: string[];
            override: {
                affinity: number;
                at: string;
                by: string | null;
                id: string;
                reason: string;
            } | null;
            termScore: number | null;
            topicScore: number | null;
        };
        EvalAffinityCellInput: {
            affinity: number;
            applicationId: string;
            computed: number;
            conflicted: boolean;
            evaluatorId: string;
            matchedTerms: string[];
            matchedTopics: string[];
            override: {
                affinity: number;
                at: string;
                by: string | null;
                id: string;
                reason: string;
            } | null;
            termScore: number | null;
            topicScore: number | null;
        };
        EvalAffinityMatrix: {
            applications: components["schemas"]["EvalApplication"][];
            cells: components["schemas"]["EvalAffinityCell"][];
            evaluators: components["schemas"]["EvalPoolMember"][];
        };
        EvalAffinityMatrixInput: {
            applications: components["schemas"]["EvalApplicationInput"][];
            cells: components["schemas"]["EvalAffinityCellInput"][];
            evaluators: components["schemas"]["EvalPoolMemberInput"][];
        };
        EvalAffinityOverrideInput: {
            affinity: number;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            reason: string;
        };
        EvalAffinityOverrideInputInput: {
            affinity: number;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            reason: string;
        };
        EvalApplication: {
            acronym: string | null;
            id: string;
            language: string | null;
            organisations: string[];
            reference: string;
            title: string | null;
            topics: string[];
        };
        EvalApplicationContent: {
            acronym: string | null;
            answers: {
                [key: string]: unknown;
            };
            applicationId: string;
            attachments: {
                id: string;
                mediaType: string;
                name: string;
                questionId: string;
                size: number;
            }[];
            consortium: {
                country: string;
                lead: boolean;
                legalName: string;
                partnerId: string;
                requestedCents: number;
                roles: string[];
            }[];
            form: unknown;
            reference: string;
            submittedAt: string;
            title: string | null;
            topics: string[];
            version: number;
        };
        EvalApplicationContentInput: {
            acronym: string | null;
            answers: {
                [key: string]: unknown;
            };
            applicationId: string;
            attachments: {
                id: string;
                mediaType: string;
                name: string;
                questionId: string;
                size: number;
            }[];
            consortium: {
                country: string;
                lead: boolean;
                legalName: string;
                partnerId: string;
                requestedCents: number;
                roles: string[];
            }[];
            form: unknown;
            reference: string;
            submittedAt: string;
            title: string | null;
            topics: string[];
            version: number;
        };
        EvalApplicationInput: {
            acronym: string | null;
            id: string;
            language: string | null;
            organisations: string[];
            reference: string;
            title: string | null;
            topics: string[];
        };
        EvalAssignment: {
            affinity: number | null;
            applicationId: string;
            coiDeclaredAt: string | null;
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict" | "conflict";
            evaluatorId: string;
            evaluatorName: string;
            id: string;
            /** @enum {string} */
            origin: "computed" | "manual";
            reference: string;
        };
        EvalAssignmentInput: {
            affinity: number | null;
            applicationId: string;
            coiDeclaredAt: string | null;
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict" | "conflict";
            evaluatorId: string;
            evaluatorName: string;
            id: string;
            /** @enum {string} */
            origin: "computed" | "manual";
            reference: string;
        };
        EvalAssignmentRun: {
            callId: string;
            confirmedAt: string | null;
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            options: {
                distinctOrganisations: boolean;
                /** @enum {string} */
                fairness: "none" | "max" | "floor";
                floor: number | null;
                k: number;
                languageMatch: boolean;
            };
            result: components["schemas"]["EvalProposal"] | null;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
        };
        EvalAssignmentRunInput: {
            callId: string;
            confirmedAt: string | null;
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            options: {
                distinctOrganisations: boolean;
                /** @enum {string} */
                fairness: "none" | "max" | "floor";
                floor: number | null;
                k: number;
                languageMatch: boolean;
            };
            result: components["schemas"]["EvalProposalInput"] | null;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
        };
        EvalConflict: {
            applicationId: string;
            detail: string;
            evaluatorId: string;
            evaluatorName: string;
            manualId: string | null;
            /** @enum {string} */
            reason: "same_organisation" | "same_tax_id" | "linked_enterprise" | "partner_enterprise" | "declared_relation" | "manual" | "declared";
            reference: string;
        };
        EvalConflictInput: {
            applicationId: string;
            detail: string;
            evaluatorId: string;
            evaluatorName: string;
            manualId: string | null;
            /** @enum {string} */
            reason: "same_organisation" | "same_tax_id" | "linked_enterprise" | "partner_enterprise" | "declared_relation" | "manual" | "declared";
            reference: string;
        };
        EvalDeclaration: {
            /** @enum {string} */
            coiStatus: "no_conflict" | "conflict";
        };
        EvalDeclarationInput: {
            /** @enum {string} */
            coiStatus: "no_conflict" | "conflict";
        };
        EvalDeclarationRequest: {
            conflict: boolean;
            note: unknown;
        };
        EvalDeclarationRequestInput: {
            conflict: boolean;
            note?: string | null;
        };
        EvalExpert: {
            country: string | null;
            createdAt: string;
            email: string;
            id: string;
            keywords: string[];
            languages: string[];
            maxLoad: number;
            minLoad: number;
            name: string;
            organisationId: string | null;
            organisationName: string | null;
            relations: components["schemas"]["EvalExpertRelation"][];
            taxId: string | null;
            termsAcceptedAt: string | null;
            topics: string[];
            userId: string;
            userStatus: string;
        };
        EvalExpertCreate: {
            country: unknown;
            /** Format: email */
            email: string;
            keywords: unknown;
            languages: unknown;
            /** @enum {string} */
            locale: "es" | "en";
            maxLoad: number;
            minLoad: number;
            name: string;
            organisationId: unknown;
            organisationName: unknown;
            relations: components["schemas"]["EvalRelationEntry"][];
            taxId: unknown;
            topics: unknown;
        };
        EvalExpertCreateInput: {
            country?: string | null;
            /** Format: email */
            email: string;
            keywords: string[];
            languages: string[];
            /** @enum {string} */
            locale: "es" | "en";
            maxLoad: number;
            minLoad: number;
            name: string;
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
            relations: components["schemas"]["EvalRelationEntryInput"][];
            taxId?: string | null;
            topics: string[];
        };
        EvalExpertImportReport: {
            imported: number;
            rows: {
                email: string;
                errors: {
                    code: string;
                    field: string;
                    message: string;
                }[];
                ok: boolean;
                row: number;
            }[];
        };
        EvalExpertImportReportInput: {
            imported: number;
            rows: {
                email: string;
                errors: {
                    code: string;
                    field: string;
                    message: string;
                }[];
                ok: boolean;
                row: number;
            }[];
        };
        EvalExpertInput: {
            country: string | null;
            createdAt: string;
            email: string;
            id: string;
            keywords: string[];
            languages: string[];
            maxLoad: number;
            minLoad: number;
            name: string;
            organisationId: string | null;
            organisationName: string | null;
            relations: components["schemas"]["EvalExpertRelationInput"][];
            taxId: string | null;
            termsAcceptedAt: string | null;
            topics: string[];
            userId: string;
            userStatus: string;
        };
        EvalExpertPatch: {
            country?: unknown;
            keywords?: unknown;
            languages?: unknown;
            maxLoad?: number;
            minLoad?: number;
            name?: string;
            organisationId?: unknown;
            organisationName?: unknown;
            relations?: components["schemas"]["EvalRelationEntry"][];
            taxId?: unknown;
            topics?: unknown;
        };
        EvalExpertPatchInput: {
            country?: string | null;
            keywords?: string[];
            languages?: string[];
            maxLoad?: number;
            minLoad?: number;
            name?: string;
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
            relations?: components["schemas"]["EvalRelationEntryInput"][];
            taxId?: string | null;
            topics?: string[];
        };
        EvalExpertRelation: {
            kind: string;
            name: string;
            organisationId: string | null;
            taxId: string | null;
        };
        EvalExpertRelationInput: {
            kind: string;
            name: string;
            organisationId: string | null;
            taxId: string | null;
        };
        EvalInfeasibility: {
            applicationIds: string[];
            available: number | null;
            code: string;
            evaluatorIds: string[];
            message: string;
            required: number;
        };
        EvalInfeasibilityInput: {
            applicationIds: string[];
            available: number | null;
            code: string;
            evaluatorIds: string[];
            message: string;
            required: number;
        };
        EvalManualAssignmentInput: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
        };
        EvalManualAssignmentInputInput: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
        };
        EvalManualConflictInput: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            reason: string;
        };
        EvalManualConflictInputInput: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            reason: string;
        };
        EvalMyAssignment: {
            acronym: string | null;
            applicationId: string;
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict";
            organisations: string[];
            reference: string;
            title: string | null;
        };
        EvalMyAssignmentInput: {
            acronym: string | null;
            applicationId: string;
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict";
            organisations: string[];
            reference: string;
            title: string | null;
        };
        EvalMyEvaluations: {
            calls: {
                assignments: components["schemas"]["EvalMyAssignment"][];
                callId: string;
                code: string;
                titleEn: string;
                titleEs: string;
            }[];
            termsAccepted: boolean;
        };
        EvalMyEvaluationsInput: {
            calls: {
                assignments: components["schemas"]["EvalMyAssignmentInput"][];
                callId: string;
                code: string;
                titleEn: string;
                titleEs: string;
            }[];
            termsAccepted: boolean;
        };
        EvalOwnProfilePatch: {
            keywords?: unknown;
            languages?: unknown;
            relations?: components["schemas"]["EvalRelationEntry"][];
        };
        EvalOwnProfilePatchInput: {
            keywords?: string[];
            languages?: string[];
            relations?: components["schemas"]["EvalRelationEntryInput"][];
        };
        EvalPairRule: {
            applicationId: string;
            createdAt: string;
            evaluatorId: string;
            id: string;
            /** @enum {string} */
            rule: "pin" | "forbid";
        };
        EvalPairRuleInput: {
            applicationId: string;
            createdAt: string;
            evaluatorId: string;
            id: string;
            /** @enum {string} */
            rule: "pin" | "forbid";
        };
        EvalPairRuleRequest: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            /** @enum {string} */
            rule: "pin" | "forbid";
        };
        EvalPairRuleRequestInput: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            /** @enum {string} */
            rule: "pin" | "forbid";
        };
        EvalPoolMember: {
            id: string;
            languages: string[];
            maxLoad: number;
            minLoad: number;
            name: string;
            organisationName: string | null;
            topics: string[];
        };
        EvalPoolMemberInput: {
            id: string;
            languages: string[];
            maxLoad: number;
            minLoad: number;
            name: string;
            organisationName: string | null;
            topics: string[];
        };
        EvalProposal: {
            coverage: {
                applicationId: string;
                evaluatorIds: string[];
                minAffinity: number;
                totalAffinity: number;
            }[];
            fairness: {
                floor: number | null;
                highestFloor: number | null;
                unconstrainedTotal: number | null;
                weakestTotal: number | null;
            } | null;
            loads: {
                evaluatorId: string;
                load: number;
                maxLoad: number;
                minLoad: number;
            }[];
            pairs: {
                affinity: number;
                applicationId: string;
                evaluatorId: string;
                pinned: boolean;
            }[];
            reasons: components["schemas"]["EvalInfeasibility"][];
            /** @enum {string} */
            status: "optimal" | "infeasible" | "time_limit";
            totalAffinity: number;
        };
        EvalProposalInput: {
            coverage: {
                applicationId: string;
                evaluatorIds: string[];
                minAffinity: number;
                totalAffinity: number;
            }[];
            fairness: {
                floor: number | null;
                highestFloor: number | null;
                unconstrainedTotal: number | null;
                weakestTotal: number | null;
            } | null;
            loads: {
                evaluatorId: string;
                load: number;
                maxLoad: number;
                minLoad: number;
            }[];
            pairs: {
                affinity: number;
                applicationId: string;
                evaluatorId: string;
                pinned: boolean;
            }[];
            reasons: components["schemas"]["EvalInfeasibilityInput"][];
            /** @enum {string} */
            status: "optimal" | "infeasible" | "time_limit";
            totalAffinity: number;
        };
        EvalRelationEntry: {
            kind: string;
            name: string;
            organisationId: unknown;
            taxId: unknown;
        };
        EvalRelationEntryInput: {
            kind: string;
            name: string;
            /** Format: uuid */
            organisationId?: string | null;
            taxId?: string | null;
        };
        EvalRunOptions: {
            /** @default true */
            distinctOrganisations: boolean;
            /**
             * @default none
             * @enum {string}
             */
            fairness: "none" | "max" | "floor";
            floor: unknown;
            /** @default 3 */
            k: number;
            /** @default false */
            languageMatch: boolean;
        };
        EvalRunOptionsInput: {
            /** @default true */
            distinctOrganisations: boolean;
            /**
             * @default none
             * @enum {string}
             */
            fairness: "none" | "max" | "floor";
            floor?: number | null;
            /** @default 3 */
            k: number;
            /** @default false */
            languageMatch: boolean;
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
        Figure: {
            formula: string;
            illustrative: boolean;
            inputs: {
                note?: string;
                symbol: string;
                value: number | null;
            }[];
            missing: components["schemas"]["MissingInput"][];
            symbol: string;
            value: number | null;
        };
        FigureInput: {
            formula: string;
            illustrative: boolean;
            inputs: {
                note?: string;
                symbol: string;
                value: number | null;
            }[];
            missing: components["schemas"]["MissingInputInput"][];
            symbol: string;
            value: number | null;
        };
        FileIssue: {
            code: string;
            column: string | null;
            file: string;
            line: number | null;
            message: string;
            params: {
                [key: string]: string | number;
            };
        };
        FileIssueInput: {
            code: string;
            column: string | null;
            file: string;
            line: number | null;
            message: string;
            params: {
                [key: string]: string | number;
            };
        };
        FormQuestion: {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 200 */
            maxLength: number;
            minLength?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "short_text";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 5000 */
            maxLength: number;
            minLength?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "long_text";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            /** @default false */
            integer: boolean;
            labelEn: string;
            labelEs: string;
            max?: number;
            min?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "number";
            unit?: string;
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** Format: date */
            max?: string;
            /** Format: date */
            min?: string;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "date";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            options: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "single_choice";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            maxSelected?: number;
            minSelected?: number;
            options: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "multiple_choice";
        } | {
            allowedTypes: ("application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text" | "application/vnd.oasis.opendocument.spreadsheet" | "application/zip" | "text/plain")[];
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 1 */
            maxFiles: number;
            /** @default 10 */
            maxSizeMb: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "file";
        } | {
            categories: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "budget";
        };
        FormQuestionInput: {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 200 */
            maxLength: number;
            minLength?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "short_text";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 5000 */
            maxLength: number;
            minLength?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "long_text";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            /** @default false */
            integer: boolean;
            labelEn: string;
            labelEs: string;
            max?: number;
            min?: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "number";
            unit?: string;
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** Format: date */
            max?: string;
            /** Format: date */
            min?: string;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "date";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            options: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "single_choice";
        } | {
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            maxSelected?: number;
            minSelected?: number;
            options: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "multiple_choice";
        } | {
            allowedTypes: ("application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text" | "application/vnd.oasis.opendocument.spreadsheet" | "application/zip" | "text/plain")[];
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default 1 */
            maxFiles: number;
            /** @default 10 */
            maxSizeMb: number;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "file";
        } | {
            categories: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            helpEn?: string;
            helpEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            /** @default false */
            required: boolean;
            /** @enum {string} */
            type: "budget";
        };
        FormSection: {
            helpEn?: string;
            helpEs?: string;
            id: string;
            questions: components["schemas"]["FormQuestion"][];
            titleEn: string;
            titleEs: string;
        };
        FormSectionInput: {
            helpEn?: string;
            helpEs?: string;
            id: string;
            questions: components["schemas"]["FormQuestionInput"][];
            titleEn: string;
            titleEs: string;
        };
        GovernanceEntry: {
            country: string;
            illustrative: boolean;
            materialCount: number;
            source: string | null;
            /** Format: date-time */
            updatedAt: string | null;
            wgiScaled: number | null;
        };
        GovernanceEntryInput: {
            country: string;
            illustrative: boolean;
            materialCount: number;
            source: string | null;
            /** Format: date-time */
            updatedAt: string | null;
            wgiScaled: number | null;
        };
        ImpactAward: {
            amountCents: number;
            callCode: string;
            callTitleEn: string;
            callTitleEs: string;
            /** Format: uuid */
            id: string;
            programmeName: string;
        };
        ImpactAwardInput: {
            amountCents: number;
            callCode: string;
            callTitleEn: string;
            callTitleEs: string;
            /** Format: uuid */
            id: string;
            programmeName: string;
        };
        ImpactDashboard: {
            byAward: {
                amountCents: number;
                /** Format: uuid */
                awardId: string;
                callCode: string;
                callTitleEn: string;
                callTitleEs: string;
                co2eKg: number;
                measures: number;
                organisationName: string;
                programmeCode: string;
                programmeName: string;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byCall: {
                callCode: string;
                /** Format: uuid */
                callId: string;
                callTitleEn: string;
                callTitleEs: string;
                co2eKg: number;
                measures: number;
                programmeCode: string;
                programmeName: string;
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
                amountCents: number;
                /** Format: uuid */
                awardId: string;
                callCode: string;
                callTitleEn: string;
                callTitleEs: string;
                co2eKg: number;
                measures: number;
                organisationName: string;
                programmeCode: string;
                programmeName: string;
                savingsKwh: number;
                verifiedMeasures: number;
            }[];
            byCall: {
                callCode: string;
                /** Format: uuid */
                callId: string;
                callTitleEn: string;
                callTitleEs: string;
                co2eKg: number;
                measures: number;
                programmeCode: string;
                programmeName: string;
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
            annexIIPoint: string | null;
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
        MaterialAssessment: {
            /** Format: uuid */
            datasetId: string;
            endUses: components["schemas"]["EndUseRow"][];
            figures: components["schemas"]["MaterialFigures"];
            history: {
                ei: number | null;
                sr: number | null;
                year: number;
            }[];
            inDataset: boolean;
            materialId: string;
            parameters: components["schemas"]["MaterialParameters"];
            published: components["schemas"]["PublishedValues"] | null;
            supply: {
                euSourcing: {
                    extraction?: components["schemas"]["ShareRow"][];
                    processing?: components["schemas"]["ShareRow"][];
                };
                globalSupply: {
                    extraction?: components["schemas"]["ShareRow"][];
                    processing?: components["schemas"]["ShareRow"][];
                };
            };
            values: components["schemas"]["MaterialValues"];
        };
        MaterialAssessmentInput: {
            /** Format: uuid */
            datasetId: string;
            endUses: components["schemas"]["EndUseRowInput"][];
            figures: components["schemas"]["MaterialFiguresInput"];
            history: {
                ei: number | null;
                sr: number | null;
                year: number;
            }[];
            inDataset: boolean;
            materialId: string;
            parameters: components["schemas"]["MaterialParametersInput"];
            published: components["schemas"]["PublishedValuesInput"] | null;
            supply: {
                euSourcing: {
                    extraction?: components["schemas"]["ShareRowInput"][];
                    processing?: components["schemas"]["ShareRowInput"][];
                };
                globalSupply: {
                    extraction?: components["schemas"]["ShareRowInput"][];
                    processing?: components["schemas"]["ShareRowInput"][];
                };
            };
            values: components["schemas"]["MaterialValuesInput"];
        };
        MaterialDetail: {
            annexIIPoint: string | null;
            batteryChain: boolean;
            critical: boolean;
            group: string;
            id: string;
            memberOf: string | null;
            members: string[];
            nameEn: string;
            nameEs: string;
            names: {
                crma: string[];
                euSourcing: string[];
                globalSupply: string[];
                materialUse: string[];
                srEi: string[];
            };
            note: string | null;
            /** @enum {string} */
            source: "catalogue" | "custom";
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            symbol: string | null;
        };
        MaterialDetailInput: {
            annexIIPoint: string | null;
            batteryChain: boolean;
            critical: boolean;
            group: string;
            id: string;
            memberOf: string | null;
            members: string[];
            nameEn: string;
            nameEs: string;
            names: {
                crma: string[];
                euSourcing: string[];
                globalSupply: string[];
                materialUse: string[];
                srEi: string[];
            };
            note: string | null;
            /** @enum {string} */
            source: "catalogue" | "custom";
            /** @enum {string} */
            strategic: "yes" | "partly" | "no";
            symbol: string | null;
        };
        MaterialFigures: {
            classification: string | null;
            ei: components["schemas"]["Figure"];
            eiScaled: components["schemas"]["Figure"];
            eiSum: components["schemas"]["Figure"];
            impliedSiEi: components["schemas"]["Figure"] | null;
            sr: components["schemas"]["Figure"];
            stages: components["schemas"]["StageFigures"][];
        };
        MaterialFiguresInput: {
            classification: string | null;
            ei: components["schemas"]["FigureInput"];
            eiScaled: components["schemas"]["FigureInput"];
            eiSum: components["schemas"]["FigureInput"];
            impliedSiEi: components["schemas"]["FigureInput"] | null;
            sr: components["schemas"]["FigureInput"];
            stages: components["schemas"]["StageFiguresInput"][];
        };
        MaterialInput: {
            annexIIPoint: string | null;
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
        MaterialMember: {
            /** Format: uuid */
            id: string;
            name: string;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
        };
        MaterialMemberInput: {
            /** Format: uuid */
            id: string;
            name: string;
            stages: ("exploration" | "extraction" | "processing" | "manufacturing" | "use" | "recycling" | "engineering" | "equipment" | "environment" | "research" | "finance")[];
        };
        MaterialMembers: {
            hiddenCount: number;
            members: components["schemas"]["MaterialMember"][];
        };
        MaterialMembersInput: {
            hiddenCount: number;
            members: components["schemas"]["MaterialMemberInput"][];
        };
        MaterialParameters: {
            eolRir: components["schemas"]["ParameterValue"] | null;
            importReliance: components["schemas"]["ParameterValue"] | null;
            materialId: string;
            siEi: components["schemas"]["ParameterValue"] | null;
            siSr: components["schemas"]["ParameterValue"] | null;
        };
        MaterialParametersInput: {
            eolRir: components["schemas"]["ParameterValueInput"] | null;
            importReliance: components["schemas"]["ParameterValueInput"] | null;
            materialId: string;
            siEi: components["schemas"]["ParameterValueInput"] | null;
            siSr: components["schemas"]["ParameterValueInput"] | null;
        };
        MaterialValues: {
            critical: boolean | null;
            ei: number | null;
            eiScaled: number | null;
            illustrative: boolean;
            missing: components["schemas"]["MissingInput"][];
            sr: number | null;
            stages: components["schemas"]["StageValues"][];
        };
        MaterialValuesInput: {
            critical: boolean | null;
            ei: number | null;
            eiScaled: number | null;
            illustrative: boolean;
            missing: components["schemas"]["MissingInputInput"][];
            sr: number | null;
            stages: components["schemas"]["StageValuesInput"][];
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
        MissingInput: {
            country?: string;
            /** @enum {string} */
            kind: "governance" | "importReliance" | "eolRir" | "siSr" | "siEi" | "supplyShares" | "endUse" | "scalingSector" | "material";
            /** @enum {string} */
            list?: "globalSupply" | "euSourcing";
            materialId?: string;
            reason: string;
            /** @enum {string} */
            stage?: "extraction" | "processing";
        };
        MissingInputInput: {
            country?: string;
            /** @enum {string} */
            kind: "governance" | "importReliance" | "eolRir" | "siSr" | "siEi" | "supplyShares" | "endUse" | "scalingSector" | "material";
            /** @enum {string} */
            list?: "globalSupply" | "euSourcing";
            materialId?: string;
            reason: string;
            /** @enum {string} */
            stage?: "extraction" | "processing";
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
        MyOrganisation: {
            declaration: components["schemas"]["SmeDeclaration"] | null;
            headquarters: {
                city: string | null;
                country: string;
                nutsCode: string | null;
            } | null;
            organisation: components["schemas"]["Organisation"];
        };
        MyOrganisationInput: {
            declaration: components["schemas"]["SmeDeclarationInput"] | null;
            headquarters: {
                city: string | null;
                country: string;
                nutsCode: string | null;
            } | null;
            organisation: components["schemas"]["OrganisationInput"];
        };
        MyOrganisations: {
            claims: components["schemas"]["OrganisationClaim"][];
            organisations: components["schemas"]["MyOrganisation"][];
        };
        MyOrganisationsInput: {
            claims: components["schemas"]["OrganisationClaimInput"][];
            organisations: components["schemas"]["MyOrganisationInput"][];
        };
        NameMappingRow: {
            materialId: string;
            mismatch: boolean;
            names: {
                crma: string[];
                euSourcing: string[];
                globalSupply: string[];
                materialUse: string[];
                srEi: string[];
            };
        };
        NameMappingRowInput: {
            materialId: string;
            mismatch: boolean;
            names: {
                crma: string[];
                euSourcing: string[];
                globalSupply: string[];
                materialUse: string[];
                srEi: string[];
            };
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
        OrganisationClaim: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            message: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            taxId: string | null;
            userEmail: string;
            /** Format: uuid */
            userId: string;
            userName: string;
        };
        OrganisationClaimInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            message: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            taxId: string | null;
            userEmail: string;
            /** Format: uuid */
            userId: string;
            userName: string;
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
        OrganisationImportReport: {
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
        OrganisationImportReportInput: {
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
        ParameterValue: {
            illustrative: boolean;
            source: string;
            /** Format: date-time */
            updatedAt: string;
            value: number;
        };
        ParameterValueInput: {
            illustrative: boolean;
            source: string;
            /** Format: date-time */
            updatedAt: string;
            value: number;
        };
        PartnerInvitation: {
            acronym: string | null;
            callCode: string;
            callTitleEn: string;
            callTitleEs: string;
            /** Format: date-time */
            deadlineAt: string | null;
            /** Format: date-time */
            expiresAt: string;
            invitedEmail: string;
            invitedName: string | null;
            leadName: string;
            partnerRoles: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            reference: string;
            requestedCents: number;
            roles: string[];
            title: string | null;
        };
        PartnerInvitationInput: {
            acronym: string | null;
            callCode: string;
            callTitleEn: string;
            callTitleEs: string;
            /** Format: date-time */
            deadlineAt: string | null;
            /** Format: date-time */
            expiresAt: string;
            invitedEmail: string;
            invitedName: string | null;
            leadName: string;
            partnerRoles: {
                id: string;
                labelEn: string;
                labelEs: string;
            }[];
            reference: string;
            requestedCents: number;
            roles: string[];
            title: string | null;
        };
        PartnerRole: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        PartnerRoleInput: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
        };
        PaymentsAccount: {
            bic: string | null;
            holderName: string | null;
            iban: string | null;
            /** Format: uuid */
            id: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            verified: boolean;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        PaymentsAccountInput: {
            bic: string | null;
            holderName: string | null;
            iban: string | null;
            /** Format: uuid */
            id: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            verified: boolean;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        PaymentsAgreement: {
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            signedOn: string | null;
            startsOn: string | null;
            /** @enum {string} */
            status: "draft" | "signed" | "terminated";
            terminatedOn: string | null;
            terminationReason: string | null;
        };
        PaymentsAgreementInput: {
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            signedOn: string | null;
            startsOn: string | null;
            /** @enum {string} */
            status: "draft" | "signed" | "terminated";
            terminatedOn: string | null;
            terminationReason: string | null;
        };
        PaymentScheme: {
            /**
             * @default largestRemainder
             * @enum {string}
             */
            rounding: "largestRemainder" | "lastTranche";
            tranches: {
                labelEn: string;
                labelEs: string;
                milestone: string;
                percent: number;
            }[];
        };
        PaymentSchemeInput: {
            /**
             * @default largestRemainder
             * @enum {string}
             */
            rounding: "largestRemainder" | "lastTranche";
            tranches: {
                labelEn: string;
                labelEs: string;
                milestone: string;
                percent: number;
            }[];
        };
        PaymentsDashboard: {
            awardedCents: number;
            budgetCents: number;
            byInstrument: {
                committedCents: number;
                key: string;
                label: string;
                paidCents: number;
            }[];
            byRegion: {
                committedCents: number;
                key: string;
                label: string;
                paidCents: number;
            }[];
            can: {
                cancel: boolean;
                pay: boolean;
            };
            committedCents: number;
            dueCents: number;
            externalCents: number;
            ledger: components["schemas"]["PaymentsLedgerBreakdown"];
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            projects: number;
            signedAgreements: number;
            upcomingCents: number;
        };
        PaymentsDashboardInput: {
            awardedCents: number;
            budgetCents: number;
            byInstrument: {
                committedCents: number;
                key: string;
                label: string;
                paidCents: number;
            }[];
            byRegion: {
                committedCents: number;
                key: string;
                label: string;
                paidCents: number;
            }[];
            can: {
                cancel: boolean;
                pay: boolean;
            };
            committedCents: number;
            dueCents: number;
            externalCents: number;
            ledger: components["schemas"]["PaymentsLedgerBreakdownInput"];
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            projects: number;
            signedAgreements: number;
            upcomingCents: number;
        };
        PaymentsLedgerBreakdown: {
            approvedCents: number;
            awardedCents: number;
            cancelledCents: number;
            differenceCents: number;
            ok: boolean;
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            returnedCents: number;
            scheduledCents: number;
        };
        PaymentsLedgerBreakdownInput: {
            approvedCents: number;
            awardedCents: number;
            cancelledCents: number;
            differenceCents: number;
            ok: boolean;
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            returnedCents: number;
            scheduledCents: number;
        };
        PaymentsMilestone: {
            /** @enum {string|null} */
            kind: "progress" | "final" | null;
            labelEn: string;
            labelEs: string;
            milestone: string;
            percent: number;
            reportable: boolean;
        };
        PaymentsMilestoneInput: {
            /** @enum {string|null} */
            kind: "progress" | "final" | null;
            labelEn: string;
            labelEs: string;
            milestone: string;
            percent: number;
            reportable: boolean;
        };
        PaymentsPayerAccount: {
            bic: string | null;
            holderName: string | null;
            iban: string | null;
            /** Format: uuid */
            programmeId: string;
        };
        PaymentsPayerAccountInput: {
            bic: string | null;
            holderName: string | null;
            iban: string | null;
            /** Format: uuid */
            programmeId: string;
        };
        PaymentsPayment: {
            acronym: string | null;
            amountCents: number;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            awardId: string;
            bankReference: string | null;
            /** Format: date-time */
            closedAt: string | null;
            closeReason: string | null;
            due: boolean;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            labelEn: string;
            labelEs: string;
            milestone: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date-time */
            paidAt: string | null;
            percent: number;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            /** @enum {string} */
            state: "scheduled" | "approved" | "paid" | "cancelled" | "returned";
            trancheIndex: number;
            valueDate: string | null;
        };
        PaymentsPaymentInput: {
            acronym: string | null;
            amountCents: number;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            awardId: string;
            bankReference: string | null;
            /** Format: date-time */
            closedAt: string | null;
            closeReason: string | null;
            due: boolean;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            labelEn: string;
            labelEs: string;
            milestone: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date-time */
            paidAt: string | null;
            percent: number;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            /** @enum {string} */
            state: "scheduled" | "approved" | "paid" | "cancelled" | "returned";
            trancheIndex: number;
            valueDate: string | null;
        };
        PaymentsProject: {
            acronym: string | null;
            agreement: components["schemas"]["PaymentsAgreement"] | null;
            /** Format: uuid */
            applicationId: string;
            awardedCents: number;
            awards: {
                amountCents: number;
                /** Format: uuid */
                id: string;
                nutsCode: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
            }[];
            callCode: string;
            can: {
                cancel: boolean;
                manage: boolean;
                pay: boolean;
                report: boolean;
            };
            dueCents: number;
            leadName: string;
            milestones: components["schemas"]["PaymentsMilestone"][];
            paidCents: number;
            payments: components["schemas"]["PaymentsPayment"][];
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            reports: components["schemas"]["PaymentsReport"][];
            reportsPending: number;
            title: string | null;
        };
        PaymentsProjectInput: {
            acronym: string | null;
            agreement: components["schemas"]["PaymentsAgreementInput"] | null;
            /** Format: uuid */
            applicationId: string;
            awardedCents: number;
            awards: {
                amountCents: number;
                /** Format: uuid */
                id: string;
                nutsCode: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
            }[];
            callCode: string;
            can: {
                cancel: boolean;
                manage: boolean;
                pay: boolean;
                report: boolean;
            };
            dueCents: number;
            leadName: string;
            milestones: components["schemas"]["PaymentsMilestoneInput"][];
            paidCents: number;
            payments: components["schemas"]["PaymentsPaymentInput"][];
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            reports: components["schemas"]["PaymentsReportInput"][];
            reportsPending: number;
            title: string | null;
        };
        PaymentsProjectSummary: {
            acronym: string | null;
            agreement: components["schemas"]["PaymentsAgreement"] | null;
            /** Format: uuid */
            applicationId: string;
            awardedCents: number;
            callCode: string;
            dueCents: number;
            leadName: string;
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            reportsPending: number;
            title: string | null;
        };
        PaymentsProjectSummaryInput: {
            acronym: string | null;
            agreement: components["schemas"]["PaymentsAgreementInput"] | null;
            /** Format: uuid */
            applicationId: string;
            awardedCents: number;
            callCode: string;
            dueCents: number;
            leadName: string;
            paidCents: number;
            programmeCode: string;
            /** Format: uuid */
            programmeId: string;
            reference: string;
            reportsPending: number;
            title: string | null;
        };
        PaymentsReport: {
            comment: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "progress" | "final";
            mediaType: string;
            milestone: string;
            name: string;
            sha256: string;
            size: number;
            /** @enum {string} */
            status: "submitted" | "accepted" | "changes_requested";
            /** Format: date-time */
            submittedAt: string;
        };
        PaymentsReportInput: {
            comment: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "progress" | "final";
            mediaType: string;
            milestone: string;
            name: string;
            sha256: string;
            size: number;
            /** @enum {string} */
            status: "submitted" | "accepted" | "changes_requested";
            /** Format: date-time */
            submittedAt: string;
        };
        PaymentsVerification: {
            ok: boolean;
            programmes: components["schemas"]["PaymentsLedgerBreakdown"][];
        };
        PaymentsVerificationInput: {
            ok: boolean;
            programmes: components["schemas"]["PaymentsLedgerBreakdownInput"][];
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
        Programme: {
            callCount: number;
            callsBudgetCents: number;
            canManage: boolean;
            capJustification: string | null;
            code: string;
            committedCents: number;
            currency: string;
            deMinimis: boolean;
            description: string | null;
            endsOn: string | null;
            envelopes: components["schemas"]["RegionalEnvelope"][];
            fstp: boolean;
            grantReference: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string | null;
            recipientCapCents: number;
            /** @enum {string} */
            source: "horizon_europe" | "national" | "regional" | "own" | "other";
            startsOn: string | null;
            totalBudgetCents: number;
        };
        ProgrammeInput: {
            callCount: number;
            callsBudgetCents: number;
            canManage: boolean;
            capJustification: string | null;
            code: string;
            committedCents: number;
            currency: string;
            deMinimis: boolean;
            description: string | null;
            endsOn: string | null;
            envelopes: components["schemas"]["RegionalEnvelopeInput"][];
            fstp: boolean;
            grantReference: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string | null;
            recipientCapCents: number;
            /** @enum {string} */
            source: "horizon_europe" | "national" | "regional" | "own" | "other";
            startsOn: string | null;
            totalBudgetCents: number;
        };
        PublicCall: {
            activities: components["schemas"]["CallActivity"][];
            amountRule: components["schemas"]["AmountRule"] | null;
            budgetCents: number | null;
            code: string;
            currency: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            deMinimis: boolean;
            documents: components["schemas"]["CallDocument"][];
            form: components["schemas"]["ApplicationForm"];
            fstp: boolean;
            /** Format: uuid */
            id: string;
            maxAwards: number | null;
            /** Format: date-time */
            opensAt: string | null;
            partnerRoles: components["schemas"]["PartnerRole"][];
            paymentScheme: components["schemas"]["PaymentScheme"] | null;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** @enum {string} */
            programmeSource: "horizon_europe" | "national" | "regional" | "own" | "other";
            /** Format: date-time */
            publishedAt: string | null;
            ranking: components["schemas"]["CallRanking"] | null;
            recipientCapCents: number;
            rules: components["schemas"]["CallRules"];
            /** Format: date-time */
            serverNow: string;
            /** @enum {string} */
            status: "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            textEn: string | null;
            textEs: string | null;
            titleEn: string;
            titleEs: string;
            topics: components["schemas"]["CallTopic"][];
        };
        PublicCallInput: {
            activities: components["schemas"]["CallActivityInput"][];
            amountRule: components["schemas"]["AmountRuleInput"] | null;
            budgetCents: number | null;
            code: string;
            currency: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            deMinimis: boolean;
            documents: components["schemas"]["CallDocumentInput"][];
            form: components["schemas"]["ApplicationFormInput"];
            fstp: boolean;
            /** Format: uuid */
            id: string;
            maxAwards: number | null;
            /** Format: date-time */
            opensAt: string | null;
            partnerRoles: components["schemas"]["PartnerRoleInput"][];
            paymentScheme: components["schemas"]["PaymentSchemeInput"] | null;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** @enum {string} */
            programmeSource: "horizon_europe" | "national" | "regional" | "own" | "other";
            /** Format: date-time */
            publishedAt: string | null;
            ranking: components["schemas"]["CallRankingInput"] | null;
            recipientCapCents: number;
            rules: components["schemas"]["CallRulesInput"];
            /** Format: date-time */
            serverNow: string;
            /** @enum {string} */
            status: "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            textEn: string | null;
            textEs: string | null;
            titleEn: string;
            titleEs: string;
            topics: components["schemas"]["CallTopicInput"][];
        };
        PublicCallList: {
            items: components["schemas"]["PublicCallSummary"][];
            /** Format: date-time */
            serverNow: string;
        };
        PublicCallListInput: {
            items: components["schemas"]["PublicCallSummaryInput"][];
            /** Format: date-time */
            serverNow: string;
        };
        PublicCallSummary: {
            budgetCents: number | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            instruments: {
                id: string;
                maxPerRecipientCents: number | null;
                nameEn: string;
                nameEs: string;
            }[];
            maxAwards: number | null;
            open: boolean;
            programmeName: string;
            /** @enum {string} */
            status: "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            titleEn: string;
            titleEs: string;
        };
        PublicCallSummaryInput: {
            budgetCents: number | null;
            code: string;
            /** Format: date-time */
            deadlineAt: string | null;
            deadlineLocal: string | null;
            deadlineZone: string | null;
            instruments: {
                id: string;
                maxPerRecipientCents: number | null;
                nameEn: string;
                nameEs: string;
            }[];
            maxAwards: number | null;
            open: boolean;
            programmeName: string;
            /** @enum {string} */
            status: "published" | "closed";
            summaryEn: string | null;
            summaryEs: string | null;
            titleEn: string;
            titleEs: string;
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
        PublishedValues: {
            critical: boolean | null;
            ei: number | null;
            sr: number | null;
            year: number;
        };
        PublishedValuesInput: {
            critical: boolean | null;
            ei: number | null;
            sr: number | null;
            year: number;
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
        RegionalEnvelope: {
            budgetCents: number;
            label: string;
            nutsPrefix: string;
        };
        RegionalEnvelopeInput: {
            budgetCents: number;
            label: string;
            nutsPrefix: string;
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
        RuleResult: {
            code: string;
            params: {
                [key: string]: string | number | boolean | string[];
            };
            partnerId?: string;
            pass: boolean;
        };
        RuleResultInput: {
            code: string;
            params: {
                [key: string]: string | number | boolean | string[];
            };
            partnerId?: string;
            pass: boolean;
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
        Scenario: {
            canEdit: boolean;
            changes: components["schemas"]["ScenarioChange"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            datasetId: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            mine: boolean;
            name: string;
            shared: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        ScenarioChange: {
            country: string;
            /** @enum {string} */
            kind: "share";
            /** @enum {string} */
            list: "globalSupply" | "euSourcing";
            materialId: string;
            share: number;
            /** @enum {string} */
            stage: "extraction" | "processing";
            t?: number;
        } | {
            country: string;
            /** @enum {string} */
            kind: "trade";
            /** @enum {string} */
            list?: "globalSupply" | "euSourcing";
            materialId: string;
            /** @enum {string} */
            stage: "extraction" | "processing";
            t: number;
        } | {
            /** @enum {string} */
            kind: "parameter";
            materialId: string;
            /** @enum {string} */
            parameter: "importReliance" | "eolRir" | "siSr" | "siEi";
            value: number;
        } | {
            country: string;
            /** @enum {string} */
            kind: "governance";
            wgiScaled: number;
        };
        ScenarioChangeInput: {
            country: string;
            /** @enum {string} */
            kind: "share";
            /** @enum {string} */
            list: "globalSupply" | "euSourcing";
            materialId: string;
            share: number;
            /** @enum {string} */
            stage: "extraction" | "processing";
            t?: number;
        } | {
            country: string;
            /** @enum {string} */
            kind: "trade";
            /** @enum {string} */
            list?: "globalSupply" | "euSourcing";
            materialId: string;
            /** @enum {string} */
            stage: "extraction" | "processing";
            t: number;
        } | {
            /** @enum {string} */
            kind: "parameter";
            materialId: string;
            /** @enum {string} */
            parameter: "importReliance" | "eolRir" | "siSr" | "siEi";
            value: number;
        } | {
            country: string;
            /** @enum {string} */
            kind: "governance";
            wgiScaled: number;
        };
        ScenarioComparison: {
            after: components["schemas"]["MaterialValues"];
            before: components["schemas"]["MaterialValues"];
            materialId: string;
            published: components["schemas"]["PublishedValues"] | null;
        };
        ScenarioComparisonInput: {
            after: components["schemas"]["MaterialValuesInput"];
            before: components["schemas"]["MaterialValuesInput"];
            materialId: string;
            published: components["schemas"]["PublishedValuesInput"] | null;
        };
        ScenarioInput: {
            canEdit: boolean;
            changes: components["schemas"]["ScenarioChangeInput"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            datasetId: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            mine: boolean;
            name: string;
            shared: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        ScenarioWithResult: {
            canEdit: boolean;
            changes: components["schemas"]["ScenarioChange"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            datasetId: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            mine: boolean;
            name: string;
            result: components["schemas"]["WhatIfResult"];
            shared: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        ScenarioWithResultInput: {
            canEdit: boolean;
            changes: components["schemas"]["ScenarioChangeInput"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            datasetId: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            mine: boolean;
            name: string;
            result: components["schemas"]["WhatIfResultInput"];
            shared: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        ScoringConsensus: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            canManage: boolean;
            canWrite: boolean;
            criteria: components["schemas"]["ScoringCriterion"][];
            hints: components["schemas"]["ScoringHints"];
            individuals: components["schemas"]["ScoringIndividual"][];
            ready: boolean;
            reference: string;
            report: {
                comments: {
                    [key: string]: string;
                };
                /** Format: date-time */
                finalisedAt: string | null;
                /** Format: uuid */
                id: string;
                minorityView: string | null;
                /** Format: uuid */
                rapporteurId: string | null;
                scores: {
                    [key: string]: number;
                };
                /** @enum {string} */
                status: "draft" | "final";
            } | null;
            spreads: components["schemas"]["ScoringCriterionSpread"][];
            title: string | null;
            totalThreshold: number;
        };
        ScoringConsensusInput: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            canManage: boolean;
            canWrite: boolean;
            criteria: components["schemas"]["ScoringCriterionInput"][];
            hints: components["schemas"]["ScoringHintsInput"];
            individuals: components["schemas"]["ScoringIndividualInput"][];
            ready: boolean;
            reference: string;
            report: {
                comments: {
                    [key: string]: string;
                };
                /** Format: date-time */
                finalisedAt: string | null;
                /** Format: uuid */
                id: string;
                minorityView: string | null;
                /** Format: uuid */
                rapporteurId: string | null;
                scores: {
                    [key: string]: number;
                };
                /** @enum {string} */
                status: "draft" | "final";
            } | null;
            spreads: components["schemas"]["ScoringCriterionSpreadInput"][];
            title: string | null;
            totalThreshold: number;
        };
        ScoringCriterion: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            threshold: number;
            weight: number;
        };
        ScoringCriterionInput: {
            descriptionEn?: string;
            descriptionEs?: string;
            id: string;
            labelEn: string;
            labelEs: string;
            threshold: number;
            weight: number;
        };
        ScoringCriterionSpread: {
            criterion: string;
            max: number;
            mean: number;
            median: number;
            min: number;
            needsDiscussion: boolean;
            proposed: number;
            spread: number;
        };
        ScoringCriterionSpreadInput: {
            criterion: string;
            max: number;
            mean: number;
            median: number;
            min: number;
            needsDiscussion: boolean;
            proposed: number;
            spread: number;
        };
        ScoringForm: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            comments: {
                [key: string]: string;
            };
            criteria: components["schemas"]["ScoringCriterion"][];
            hints: components["schemas"]["ScoringHints"];
            /** Format: uuid */
            id: string | null;
            minCommentLength: number;
            reference: string;
            /** Format: date-time */
            reopenedAt: string | null;
            reopenReason: string | null;
            scores: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
            totalThreshold: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        ScoringFormInput: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            comments: {
                [key: string]: string;
            };
            criteria: components["schemas"]["ScoringCriterionInput"][];
            hints: components["schemas"]["ScoringHintsInput"];
            /** Format: uuid */
            id: string | null;
            minCommentLength: number;
            reference: string;
            /** Format: date-time */
            reopenedAt: string | null;
            reopenReason: string | null;
            scores: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
            totalThreshold: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        ScoringHints: {
            complete: boolean;
            failures: components["schemas"]["ScoringThresholdFailure"][];
            passes: boolean | null;
            total: number;
        };
        ScoringHintsInput: {
            complete: boolean;
            failures: components["schemas"]["ScoringThresholdFailureInput"][];
            passes: boolean | null;
            total: number;
        };
        ScoringIndividual: {
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict";
            comments: {
                [key: string]: string;
            };
            /** Format: uuid */
            evaluatorId: string;
            evaluatorName: string | null;
            /** Format: uuid */
            formId: string | null;
            scores: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
        };
        ScoringIndividualInput: {
            /** @enum {string} */
            coiStatus: "pending" | "no_conflict";
            comments: {
                [key: string]: string;
            };
            /** Format: uuid */
            evaluatorId: string;
            evaluatorName: string | null;
            /** Format: uuid */
            formId: string | null;
            scores: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
        };
        ScoringMyForm: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            formId: string | null;
            reference: string;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            title: string | null;
            /** Format: date-time */
            updatedAt: string | null;
        };
        ScoringMyFormInput: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            callCode: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            formId: string | null;
            reference: string;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted";
            title: string | null;
            /** Format: date-time */
            updatedAt: string | null;
        };
        ScoringProgress: {
            applications: number;
            consensusFinal: number;
            formsExpected: number;
            formsSubmitted: number;
        };
        ScoringProgressInput: {
            applications: number;
            consensusFinal: number;
            formsExpected: number;
            formsSubmitted: number;
        };
        ScoringRanking: {
            callCode: string;
            /** Format: uuid */
            callId: string;
            callTitle: string;
            criteria: components["schemas"]["ScoringCriterion"][];
            progress: components["schemas"]["ScoringProgress"];
            rows: components["schemas"]["ScoringRankingRow"][];
            tieOrder: string[];
            totalThreshold: number;
        };
        ScoringRankingInput: {
            callCode: string;
            /** Format: uuid */
            callId: string;
            callTitle: string;
            criteria: components["schemas"]["ScoringCriterionInput"][];
            progress: components["schemas"]["ScoringProgressInput"];
            rows: components["schemas"]["ScoringRankingRowInput"][];
            tieOrder: string[];
            totalThreshold: number;
        };
        ScoringRankingRow: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            decidedBy: string | null;
            decisionDetail: {
                [key: string]: unknown;
            } | null;
            failures: components["schemas"]["ScoringThresholdFailure"][];
            leadName: string;
            /** @enum {string} */
            outcome: "ranked" | "below" | "pending";
            rank: number | null;
            reference: string;
            scores: {
                [key: string]: number;
            } | null;
            title: string | null;
            total: number | null;
            weightedTotal: number | null;
        };
        ScoringRankingRowInput: {
            acronym: string | null;
            /** Format: uuid */
            applicationId: string;
            decidedBy: string | null;
            decisionDetail: {
                [key: string]: unknown;
            } | null;
            failures: components["schemas"]["ScoringThresholdFailureInput"][];
            leadName: string;
            /** @enum {string} */
            outcome: "ranked" | "below" | "pending";
            rank: number | null;
            reference: string;
            scores: {
                [key: string]: number;
            } | null;
            title: string | null;
            total: number | null;
            weightedTotal: number | null;
        };
        ScoringRapporteurInput: {
            /** Format: uuid */
            evaluatorId: string | null;
        };
        ScoringRapporteurInputInput: {
            /** Format: uuid */
            evaluatorId: string | null;
        };
        ScoringReopen: {
            reason: string;
        };
        ScoringReopenInput: {
            reason: string;
        };
        ScoringThresholdFailure: {
            criterion?: string;
            /** @enum {string} */
            kind: "criterion" | "total";
            score?: number;
            threshold: number;
            total?: number;
        };
        ScoringThresholdFailureInput: {
            criterion?: string;
            /** @enum {string} */
            kind: "criterion" | "total";
            score?: number;
            threshold: number;
            total?: number;
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
        ShareRow: {
            country: string;
            line: number | null;
            share: number | null;
            shareRaw: string;
            t: number;
        };
        ShareRowInput: {
            country: string;
            line: number | null;
            share: number | null;
            shareRaw: string;
            t: number;
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
        SmeDeclaration: {
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string | null;
            /** @enum {string|null} */
            effectiveClass: "micro" | "small" | "medium" | "large" | null;
            explanations: {
                code: string;
                params: {
                    [key: string]: unknown;
                };
            }[];
            /** Format: uuid */
            id: string;
            input: {
                /** @default [] */
                enterprises: {
                    capitalPct: number;
                    /** @enum {string} */
                    direction: "holds_us" | "held_by_us";
                    name: string;
                    /** @enum {string} */
                    relation: "partner" | "linked";
                    votingPct: number;
                    years: {
                        awu: number;
                        balanceSheetCents: number;
                        turnoverCents: number;
                        year: number;
                    }[];
                }[];
                /** @default false */
                publicBodyControl: boolean;
                years: {
                    awu: number;
                    balanceSheetCents: number;
                    turnoverCents: number;
                    year: number;
                }[];
            };
            latestYear: number | null;
        };
        SmeDeclarationInput: {
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string | null;
            /** @enum {string|null} */
            effectiveClass: "micro" | "small" | "medium" | "large" | null;
            explanations: {
                code: string;
                params: {
                    [key: string]: unknown;
                };
            }[];
            /** Format: uuid */
            id: string;
            input: {
                /** @default [] */
                enterprises: {
                    capitalPct: number;
                    /** @enum {string} */
                    direction: "holds_us" | "held_by_us";
                    name: string;
                    /** @enum {string} */
                    relation: "partner" | "linked";
                    votingPct: number;
                    years: {
                        awu: number;
                        balanceSheetCents: number;
                        turnoverCents: number;
                        year: number;
                    }[];
                }[];
                /** @default false */
                publicBodyControl: boolean;
                years: {
                    awu: number;
                    balanceSheetCents: number;
                    turnoverCents: number;
                    year: number;
                }[];
            };
            latestYear: number | null;
        };
        StaffApplicationRow: {
            acronym: string | null;
            countries: string[];
            currentVersion: number;
            eligible: boolean | null;
            failures: string[];
            /** Format: uuid */
            id: string;
            instrumentId: string | null;
            leadCountry: string;
            leadName: string;
            partners: number;
            reference: string;
            requestedCents: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            statusReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
        };
        StaffApplicationRowInput: {
            acronym: string | null;
            countries: string[];
            currentVersion: number;
            eligible: boolean | null;
            failures: string[];
            /** Format: uuid */
            id: string;
            instrumentId: string | null;
            leadCountry: string;
            leadName: string;
            partners: number;
            reference: string;
            requestedCents: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "ineligible";
            statusReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            title: string | null;
        };
        StageFigures: {
            concentrationEu: components["schemas"]["Figure"];
            concentrationGs: components["schemas"]["Figure"];
            hhiEu: components["schemas"]["Figure"];
            hhiGs: components["schemas"]["Figure"];
            sr: components["schemas"]["Figure"];
            /** @enum {string} */
            stage: "extraction" | "processing";
        };
        StageFiguresInput: {
            concentrationEu: components["schemas"]["FigureInput"];
            concentrationGs: components["schemas"]["FigureInput"];
            hhiEu: components["schemas"]["FigureInput"];
            hhiGs: components["schemas"]["FigureInput"];
            sr: components["schemas"]["FigureInput"];
            /** @enum {string} */
            stage: "extraction" | "processing";
        };
        StageValues: {
            concentrationEu: number | null;
            concentrationGs: number | null;
            hhiEu: number | null;
            hhiGs: number | null;
            sr: number | null;
            /** @enum {string} */
            stage: "extraction" | "processing";
        };
        StageValuesInput: {
            concentrationEu: number | null;
            concentrationGs: number | null;
            hhiEu: number | null;
            hhiGs: number | null;
            sr: number | null;
            /** @enum {string} */
            stage: "extraction" | "processing";
        };
        SubmitResult: {
            replayed: boolean;
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            version: number;
        };
        SubmitResultInput: {
            replayed: boolean;
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            version: number;
        };
        TaxIdCheck: {
            existing: {
                actsFor: boolean;
                claimPending: boolean;
                /** Format: uuid */
                id: string;
                legalName: string;
            } | null;
            issue: {
                code: string;
                message: string;
            } | null;
            normalised: string | null;
            valid: boolean;
        };
        TaxIdCheckInput: {
            existing: {
                actsFor: boolean;
                claimPending: boolean;
                /** Format: uuid */
                id: string;
                legalName: string;
            } | null;
            issue: {
                code: string;
                message: string;
            } | null;
            normalised: string | null;
            valid: boolean;
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
        TrackerRow: {
            checks: components["schemas"]["BenchmarkCheck"][];
            history: components["schemas"]["CapacityFigure"][];
            materialId: string;
            organisations: components["schemas"]["CapacityFigure"][];
            spain: components["schemas"]["CapacityFigure"][];
            /** @enum {string} */
            strategic: "yes" | "partly";
        };
        TrackerRowInput: {
            checks: components["schemas"]["BenchmarkCheckInput"][];
            history: components["schemas"]["CapacityFigureInput"][];
            materialId: string;
            organisations: components["schemas"]["CapacityFigureInput"][];
            spain: components["schemas"]["CapacityFigureInput"][];
            /** @enum {string} */
            strategic: "yes" | "partly";
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
        VersionSummary: {
            eligible: boolean;
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: string | null;
            version: number;
        };
        VersionSummaryInput: {
            eligible: boolean;
            snapshotHash: string;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: string | null;
            version: number;
        };
        WhatIfResult: {
            comparisons: components["schemas"]["ScenarioComparison"][];
            explained: {
                after: components["schemas"]["MaterialFigures"];
                before: components["schemas"]["MaterialFigures"];
                materialId: string;
            } | null;
        };
        WhatIfResultInput: {
            comparisons: components["schemas"]["ScenarioComparisonInput"][];
            explained: {
                after: components["schemas"]["MaterialFiguresInput"];
                before: components["schemas"]["MaterialFiguresInput"];
                materialId: string;
            } | null;
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
